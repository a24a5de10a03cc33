namespace Inburgering.Web;

/// <summary>Marker for the portal's one resource file set: Resources/SharedResource[.culture].resx.</summary>
public sealed class SharedResource;

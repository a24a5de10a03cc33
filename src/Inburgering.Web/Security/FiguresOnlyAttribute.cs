namespace Inburgering.Web.Security;

/// <summary>
/// Marks a page that shows only counted figures, never a person's data (reports, dashboards): a GET on it may rely on
/// a session check this instance did less than a second ago instead of asking the database again (ADR 0009).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FiguresOnlyAttribute : Attribute;

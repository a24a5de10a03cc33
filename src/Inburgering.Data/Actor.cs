namespace Inburgering.Data;

/// <summary>Who is making a change, for the dossier history.</summary>
public interface IActor
{
    string Id { get; }

    string Name { get; }
}

/// <summary>Changes made by the portal itself: migrations, demo data, background work.</summary>
public sealed class SystemActor : IActor
{
    public static readonly SystemActor Instance = new();

    public string Id => "system";

    public string Name => "Systeem";
}

using System.Reflection;
using System.Text.Json;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>A field someone else changed while this user edited: their value next to the user's own input.</summary>
public sealed record OtherChange(string Field, object? Theirs, object? Yours, bool ChangedByYouToo);

/// <summary>
/// Three-way merge of the dossier form: what the form showed (the base), what the user posted, and what is stored
/// now. Only the fields the user changed are written, so a save after someone else's save never undoes theirs.
/// </summary>
public static class DossierMerge
{
    private static readonly PropertyInfo[] Fields = typeof(DossierInput).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static string Snapshot(DossierInput input) => JsonSerializer.Serialize(input);

    /// <summary>The form's base as posted; null when missing or unreadable (then every posted field counts as changed).</summary>
    public static DossierInput? ReadSnapshot(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DossierInput>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<string> Changed(DossierInput? from, DossierInput to) =>
        [.. Fields.Where(f => from is null || !Same(f.GetValue(from), f.GetValue(to))).Select(f => f.Name)];

    /// <summary>The stored values with the user's changed fields on top.</summary>
    public static DossierInput Apply(DossierInput current, DossierInput posted, IReadOnlyCollection<string> changedByUser)
    {
        var merged = ReadSnapshot(Snapshot(current))!;
        foreach (var field in Fields.Where(f => changedByUser.Contains(f.Name)))
        {
            field.SetValue(merged, field.GetValue(posted));
        }

        return merged;
    }

    public static IReadOnlyList<OtherChange> OthersChanges(DossierInput? start, DossierInput current, DossierInput posted, IReadOnlyCollection<string> changedByUser) =>
        [.. Fields
            .Where(f => start is not null && !Same(f.GetValue(start), f.GetValue(current)))
            .Select(f => new OtherChange(f.Name, f.GetValue(current), f.GetValue(posted), changedByUser.Contains(f.Name)))];

    private static bool Same(object? a, object? b) =>
        Equals(a, b) || (a is null or "" && b is null or "");
}

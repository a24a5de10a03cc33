using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Shared;

public sealed record CheckboxOption(string Value, string Label);

public sealed record CheckboxGroup(string Name, string Legend, IReadOnlyList<CheckboxOption> Options, IReadOnlySet<string> Selected)
{
    /// <summary>One checkbox per flag of a [Flags] enum (its zero value left out).</summary>
    public static CheckboxGroup ForFlags<T>(string name, string legend, IEnumerable<T> selected, IStringLocalizer localizer)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var options = Enum.GetValues<T>()
            .Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .Select(v => new CheckboxOption(v.ToString(), localizer[$"{typeof(T).Name}.{v}"]))
            .ToList();
        return new(name, legend, options, selected.Select(s => s.ToString()).ToHashSet());
    }
}

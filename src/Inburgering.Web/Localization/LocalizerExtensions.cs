using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Localization;

public static class LocalizerExtensions
{
    /// <summary>The label of an enum value: resource key "{EnumType}.{Value}".</summary>
    public static string Enum<T>(this IStringLocalizer localizer, T value)
        where T : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[$"{typeof(T).Name}.{value}"];
    }

    /// <summary>Every value of an enum with its label, for a select list.</summary>
    public static IEnumerable<(string Value, string Label)> Options<T>(this IStringLocalizer localizer)
        where T : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return System.Enum.GetValues<T>().Select(v => (v.ToString(), localizer.Enum(v)));
    }

    /// <summary>The labels of the set flags of a [Flags] enum, comma-separated; "none" label when empty.</summary>
    public static string Flags<T>(this IStringLocalizer localizer, T value)
        where T : struct, System.Enum
    {
        var set = System.Enum.GetValues<T>()
            .Where(f => Convert.ToInt64(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f))
            .Select(f => localizer.Enum(f))
            .ToList();
        return set.Count == 0 ? localizer.Enum(default(T)) : string.Join(", ", set);
    }
}

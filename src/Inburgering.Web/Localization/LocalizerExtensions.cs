using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
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

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The text of <paramref name="key"/> with each argument in its own <c>&lt;bdi&gt;</c>: in a right-to-left page
    /// a date, a number of hours, a phone number or a Latin-script name keeps its own reading order instead of
    /// being reordered with the Arabic around it. Text and arguments are HTML-encoded; an argument that is already
    /// HTML (a list of isolated values) is used as it is.
    /// </summary>
    public static IHtmlContent Isolated(this IStringLocalizer localizer, string key, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(arguments);
        var isolated = arguments.Select(a => a as IHtmlContent ?? Bdi(Convert.ToString(a, CultureInfo.CurrentCulture))).ToArray<object>();
        return new HtmlString(string.Format(CultureInfo.CurrentCulture, Encoder.Encode(localizer[key].Value), isolated));
    }

    /// <summary>One value isolated from the text around it (<c>&lt;bdi&gt;</c>), HTML-encoded.</summary>
    public static IHtmlContent Bdi(string? value) => new HtmlString($"<bdi>{Encoder.Encode(value ?? string.Empty)}</bdi>");

    /// <summary>
    /// A value isolated inside plain text with U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, for
    /// text that cannot carry markup: the same as <c>&lt;bdi&gt;</c> for the browser's bidi algorithm.
    /// </summary>
    public static string IsolateText(string value) => $"\u2068{value}\u2069";
}

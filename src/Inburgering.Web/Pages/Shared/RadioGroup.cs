using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Shared;

/// <summary>
/// One question with a short list of answers (five or fewer), none chosen until the user chooses: a fieldset with
/// its legend, radios and the error message. The first radio carries the field's own id, so the error summary's link
/// and the label land on it.
/// </summary>
public sealed record RadioGroup(string Name, string Legend, IReadOnlyList<CheckboxOption> Options, string? Selected)
{
    public static RadioGroup ForEnum<T>(string name, string legend, T? selected, IStringLocalizer localizer, IEnumerable<T>? values = null)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var options = (values ?? Enum.GetValues<T>())
            .Select(v => new CheckboxOption(v.ToString(), localizer[$"{typeof(T).Name}.{v}"]))
            .ToList();
        return new(name, legend, options, selected?.ToString());
    }
}

using System.Globalization;

namespace Inburgering.Web.Localization;

/// <summary>The languages the portal speaks: Dutch for everyone, and the newcomers' languages.</summary>
public static class Cultures
{
    public const string Default = "nl";

    public static readonly IReadOnlyList<CultureInfo> Supported =
        [new("nl"), new("en"), new("fr"), new("ar"), new("uk")];

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    public static string Direction => IsRightToLeft ? "rtl" : "ltr";
}

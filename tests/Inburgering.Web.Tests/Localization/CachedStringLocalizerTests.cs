using System.Globalization;
using Inburgering.Tests.Shared;
using Inburgering.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Tests.Localization;

/// <summary>The portal's localizer remembers texts (<see cref="CachedStringLocalizer"/>): a newcomer still reads each in their own language.</summary>
public sealed class CachedStringLocalizerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }

    [Fact]
    public void SameText_InDutchThenArabicThenDutch_EachTimeInThatLanguage()
    {
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var dutch = In("nl", () => localizer["MyTrajectory.HoursSigned"].Value);
        var arabic = In("ar", () => localizer["MyTrajectory.HoursSigned"].Value);
        var dutchAgain = In("nl", () => localizer["MyTrajectory.HoursSigned"].Value);

        Assert.Equal("Bedankt. De uren zijn bevestigd.", dutch);
        Assert.NotEqual(dutch, arabic);
        Assert.Equal(dutch, dutchAgain);
    }

    [Fact]
    public void TextWithAValue_IsFilledInEachTime_InTheReadersLanguage()
    {
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var first = In("nl", () => localizer["Validation.ValueInvalid", "31/02"].Value);
        var second = In("nl", () => localizer["Validation.ValueInvalid", "abc"].Value);
        var arabic = In("ar", () => localizer["Validation.ValueInvalid", "abc"].Value);

        Assert.Equal("De waarde '31/02' is niet geldig.", first);
        Assert.Equal("De waarde 'abc' is niet geldig.", second);
        Assert.Equal("القيمة «abc» غير صالحة.", arabic);
    }

    [Fact]
    public void MissingText_StillSaysItIsMissing()
    {
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var missing = In("nl", () => localizer["No.Such.Text"]);

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No.Such.Text", missing.Value);
        Assert.IsType<CachedStringLocalizerFactory>(factory.Services.GetRequiredService<IStringLocalizerFactory>());
    }
}

namespace Inburgering.Web.Pages.Referrals;

/// <summary>The configured answer time of a referral (<c>Partners:ReferralAnswerDays</c>).</summary>
public static class ReferralRules
{
    public const string AnswerDaysSetting = "Partners:ReferralAnswerDays";
    public const int DefaultAnswerDays = 10;

    public static int AnswerDays(IConfiguration configuration) =>
        Math.Max(1, configuration?.GetValue(AnswerDaysSetting, DefaultAnswerDays) ?? DefaultAnswerDays);
}

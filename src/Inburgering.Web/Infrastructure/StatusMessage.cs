namespace Inburgering.Web.Infrastructure;

/// <summary>A confirmation shown once on the page a form redirects to (post-redirect-get).</summary>
public static class StatusMessage
{
    public const string Key = "StatusMessage";

    /// <summary>A refusal after a one-click action (no form to show it next to).</summary>
    public const string ErrorKey = "StatusError";
}

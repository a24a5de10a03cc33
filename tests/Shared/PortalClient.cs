using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Inburgering.Tests.Shared;

/// <summary>An HTTP client that behaves like a browser user: cookies, antiforgery tokens, forms.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    public const string Password = "Demo-2026!";

    public HttpClient Http { get; } = http;

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await ParseAsync(response));
    }

    /// <summary>Loads a page, fills the named fields of its form (others keep their value) and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, IDictionary<string, string> fields, string? formSelector = null, string? handler = null)
    {
        var (_, page) = await GetPageAsync(url);
        var form = (IHtmlFormElement?)page.QuerySelector(formSelector ?? "main form[method=post]")
            ?? throw new InvalidOperationException($"No form on {url}");
        return await SubmitAsync(form, fields, handler, url);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlFormElement form, IDictionary<string, string> fields, string? handler = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !fields.ContainsKey(input.Name):
                    if ((input.Type is "checkbox" or "radio") && !input.IsChecked)
                    {
                        continue;
                    }

                    if (input.Type is "submit")
                    {
                        continue;
                    }

                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name):
                    values.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !fields.ContainsKey(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? url ?? throw new InvalidOperationException("Form without action") : action;
        if (handler is not null)
        {
            target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
        }

        using var content = new FormUrlEncodedContent(values);
        return await Http.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    /// <summary>Posts to any URL with a valid antiforgery token taken from a page the user may open.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string url, IDictionary<string, string>? fields = null, string tokenPage = "/")
    {
        var (_, page) = await GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPage}");
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(values);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password = Password) =>
        await SubmitFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Logs in and fails the test when that does not work.</summary>
    public async Task LoginOrFailAsync(string email)
    {
        var response = await LoginAsync(email);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode}");
        }
    }

    public void Dispose() => Http.Dispose();
}

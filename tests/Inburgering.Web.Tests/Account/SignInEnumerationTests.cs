using System.Diagnostics;
using System.Net;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Account;

/// <summary>The login page must not tell who has an account: not by its words, its status or its time.</summary>
[Collection(nameof(TimingSensitive))]
public sealed class SignInEnumerationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Rounds = 9;

    [Fact]
    public async Task UnknownWrongPasswordAndLockedAccounts_GetTheSameAnswer_InComparableTime()
    {
        string locked;
        List<string> known;
        using (var db = factory.CreateDbContext())
        {
            var staff = await db.Users.Where(u => u.Email!.EndsWith("@inburgering.test") && u.NewcomerId == null).OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync();
            locked = staff[0];
            known = staff.Skip(1).Take(3).ToList();

            // An administrator's lock (Identity's lockout), which the old page answered differently and without hashing.
            await db.Users.Where(u => u.Email == locked).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddDays(1)));
        }

        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var cases = new Dictionary<string, Func<int, string>>
        {
            ["unknown"] = i => $"niemand-{i}@inburgering.test",
            ["wrong password"] = i => known[i % known.Count],
            ["locked"] = _ => locked,
        };
        var times = cases.Keys.ToDictionary(k => k, _ => new List<double>());
        var messages = new HashSet<string>();

        // Warm up every path once (JIT, connection pool), then interleave the cases so that noise hits them alike.
        foreach (var account in cases.Values)
        {
            await client.LoginAsync(account(0), "fout-wachtwoord");
        }

        for (var i = 0; i < Rounds; i++)
        {
            foreach (var (name, account) in cases)
            {
                var (_, form) = await client.GetPageAsync("/Account/Login");
                var started = Stopwatch.GetTimestamp();
                var response = await client.SubmitAsync(
                    (AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("main form[method=post]")!,
                    new Dictionary<string, string> { ["Input.Email"] = account(i), ["Input.Password"] = "fout-wachtwoord" },
                    url: "/Account/Login");
                times[name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                messages.Add((await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim() ?? "(none)");
            }
        }

        var medians = times.ToDictionary(t => t.Key, t => t.Value.Order().ElementAt(t.Value.Count / 2));
        var summary = string.Join(", ", medians.Select(m => $"{m.Key} {m.Value:0.0} ms"));
        Assert.Single(messages);
        Assert.Contains("klopt niet", messages.Single(), StringComparison.Ordinal);
        Assert.True(medians.Values.Max() <= 2 * medians.Values.Min(), $"Median times differ more than a factor 2: {summary}");
    }
}

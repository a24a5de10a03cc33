using System.Xml.Linq;
using FluentValidation;
using FluentValidation.Validators;
using Inburgering.Tests.Shared;
using Inburgering.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Localization;

/// <summary>Every required field of every form says what to do in plain words ("Kies het geslacht"), never FluentValidation's default.</summary>
public sealed class ValidationMessageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] NewcomerForms = ["Account", "MyTrajectory", "Profile"];

    private static Dictionary<string, string> Resources(string culture = "")
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "Inburgering.sln")))
        {
            folder = folder.Parent;
        }

        var file = Path.Combine(folder.FullName, "src", "Inburgering.Web", "Resources", $"SharedResource{(culture.Length > 0 ? "." + culture : "")}.resx");
        return XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);
    }

    /// <summary>Each validator of the portal with the members it requires (NotNull, NotEmpty).</summary>
    private List<(Type Validator, Type Input, string Member)> RequiredMembers()
    {
        using var scope = factory.Services.CreateScope();
        return [.. typeof(ValidationFilter).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .SelectMany(t =>
            {
                var input = t.BaseType!.GetGenericArguments()[0];
                var validator = (IValidator)scope.ServiceProvider.GetRequiredService(typeof(IValidator<>).MakeGenericType(input));
                return validator.CreateDescriptor().GetMembersWithValidators()
                    .Where(m => m.Any(v => v.Validator is INotNullValidator or INotEmptyValidator))
                    .Select(m => (t, input, m.Key));
            })];
    }

    [Fact]
    public void EveryRequiredField_HasAPlainDutchMessage()
    {
        var dutch = Resources();

        var members = RequiredMembers();
        var missing = members.Where(m => !ValidationFilter.RequiredKeys(m.Input, m.Member).Any(dutch.ContainsKey)).Select(m => $"{m.Input.Name}: {m.Member}").ToList();

        Assert.True(members.Count > 40, $"only {members.Count} required fields found");
        Assert.True(missing.Count == 0, "Missing Required.* messages: " + string.Join(", ", missing));
        Assert.DoesNotContain(dutch.Where(r => r.Key.StartsWith("Required.", StringComparison.Ordinal)), r => r.Value.Contains('\'', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void EveryRequiredFieldOfANewcomerForm_HasItsMessageInEveryLanguage(string culture)
    {
        var dutch = Resources();
        var translated = Resources(culture);

        // The portal takes the first key that exists in Dutch (a missing translation falls back to Dutch).
        var missing = RequiredMembers()
            .Where(m => NewcomerForms.Any(f => m.Validator.Namespace!.EndsWith($".{f}", StringComparison.Ordinal)))
            .Where(m => ValidationFilter.RequiredKeys(m.Input, m.Member).FirstOrDefault(dutch.ContainsKey) is not { } key || !translated.ContainsKey(key))
            .Select(m => $"{m.Input.Name}: {m.Member}")
            .ToList();

        Assert.True(missing.Count == 0, $"{culture}: missing {string.Join(", ", missing)}");
    }
}

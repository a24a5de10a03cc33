using System.Text.RegularExpressions;
using System.Xml.Linq;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Web.Tests.Localization;

/// <summary>Every text the UI asks for exists in Dutch, and every newcomer text exists in every language.</summary>
public sealed partial class ResourceTests
{
    private static readonly string Root = FindRoot();

    private static readonly string[] Cultures = ["", "en", "fr", "ar", "uk"];

    private static readonly string[] NewcomerPrefixes = ["MyTrajectory.", "Mail.", "MyMissing.", "MyStatus.", "MyData.", "Activate.", "Login.", "Layout.", "Error.Page.", "Info."];

    [GeneratedRegex("""(?:(?:\bL|localizer|l)\[|\.Isolated\()\s*"(?<key>[A-Za-z0-9_.]+)"\s*[\],)]""")]
    private static partial Regex LiteralKey();

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Inburgering.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    private static Dictionary<string, string> Resources(string culture = "")
    {
        var file = Path.Combine(Root, "src", "Inburgering.Web", "Resources", $"SharedResource{(culture.Length > 0 ? "." + culture : "")}.resx");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);
    }

    [Fact]
    public void EveryLiteralKeyInPagesAndCode_HasADutchText()
    {
        var dutch = Resources();
        var sources = Directory.EnumerateFiles(Path.Combine(Root, "src", "Inburgering.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var missing = sources
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .Where(x => !dutch.ContainsKey(x.Key))
            .Select(x => $"{x.File}: {x.Key}")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "Missing Dutch texts: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryEnumValueShownInTheUi_HasADutchLabel()
    {
        var dutch = Resources();
        Type[] shown =
        [
            typeof(TrackKind), typeof(TrackStatus), typeof(ActionType), typeof(ActionStatus), typeof(Partner), typeof(Barriers), typeof(Goals),
            typeof(Availability), typeof(EducationLevel), typeof(Literacy), typeof(DiplomaRecognition), typeof(CefrLevel), typeof(LearnerProfile),
            typeof(ExamMode), typeof(WorkRoute), typeof(Perspective), typeof(ObligationClass), typeof(ObligationReason), typeof(WorkPermissionReason),
            typeof(WorkPermissionStatus), typeof(MissingConditionKind), typeof(Domain.Newcomers.Gender), typeof(Domain.Newcomers.ResidenceStatus),
            typeof(Inburgering.Data.Privacy.ErasureGround), typeof(Inburgering.Data.Privacy.ErasureState),
        ];
        var prefixes = new Dictionary<Type, string>
        {
            [typeof(WorkPermissionStatus)] = "WorkPermission",
            [typeof(MissingConditionKind)] = "Missing",
        };

        var missing = shown
            .SelectMany(type => Enum.GetNames(type).Select(name => $"{prefixes.GetValueOrDefault(type, type.Name)}.{name}"))
            .Where(key => !dutch.ContainsKey(key))
            .ToList();

        Assert.True(missing.Count == 0, "Missing enum labels: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryHistoryEvent_HasADutchLabel()
    {
        var dutch = Resources();

        var missing = typeof(Domain.History.DossierChange).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Domain.History.DossierChange)))
            .Select(type => $"DossierEventType.{type.Name}")
            .Where(key => !dutch.ContainsKey(key))
            .ToList();

        Assert.True(missing.Count == 0, "Missing history labels: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void EveryNewcomerText_IsTranslatedWithTheSamePlaceholders(string culture)
    {
        var dutch = Resources();
        var translated = Resources(culture);
        var needed = dutch.Keys.Where(k => NewcomerPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList();

        var missing = needed.Where(k => !translated.ContainsKey(k) || string.IsNullOrWhiteSpace(translated[k])).ToList();
        // A language with more plural forms than Dutch (Arabic "two", Ukrainian "few") has keys Dutch does not.
        var stale = translated.Keys.Where(k => !dutch.ContainsKey(k))
            .Where(k => PluralForm().Match(k) is not { Success: true } plural || !dutch.ContainsKey(plural.Groups["key"].Value + ".other"))
            .ToList();
        var placeholders = translated.Keys.Where(dutch.ContainsKey)
            .Where(k => !PluralForm().IsMatch(k))
            .Where(k => !Placeholders(dutch[k]).SetEquals(Placeholders(translated[k])))
            .ToList();

        Assert.True(missing.Count == 0, $"{culture}: untranslated {string.Join(", ", missing)}");
        Assert.True(stale.Count == 0, $"{culture}: keys no longer used {string.Join(", ", stale)}");
        Assert.True(placeholders.Count == 0, $"{culture}: placeholders differ in {string.Join(", ", placeholders)}");
    }

    [GeneratedRegex("""Plural\(\s*"(?<key>[A-Za-z0-9_.]+)"\s*,""")]
    private static partial Regex PluralKey();

    [GeneratedRegex(@"^(?<key>.+)\.(zero|one|two|few|many|other)$")]
    private static partial Regex PluralForm();

    [Fact]
    public void EveryPluralText_HasEachFormItsLanguageNeeds_WithTheSamePlaceholders()
    {
        var keys = Directory.EnumerateFiles(Path.Combine(Root, "src", "Inburgering.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => PluralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct()
            .ToList();
        var problems = new List<string>();

        foreach (var culture in Cultures)
        {
            var texts = Resources(culture);
            var language = culture.Length == 0 ? "nl" : culture;
            foreach (var key in keys)
            {
                // Staff texts are Dutch only; a text translated at all must have every form of that language.
                if (culture.Length > 0 && !texts.Keys.Any(k => k.StartsWith(key + ".", StringComparison.Ordinal)))
                {
                    continue;
                }

                var expected = Placeholders(Resources()[$"{key}.other"]);
                foreach (var category in Inburgering.Web.Localization.PluralRules.CategoriesOf(language))
                {
                    if (!texts.TryGetValue($"{key}.{category}", out var text))
                    {
                        problems.Add($"{language}: {key}.{category} missing");
                    }
                    else if (!Placeholders(text).IsSubsetOf(expected) || !expected.Except(["{0}"]).All(Placeholders(text).Contains))
                    {
                        // Arabic writes one and two as words ("جلستين"): the count itself may be left out, nothing else.
                        problems.Add($"{language}: {key}.{category} placeholders differ");
                    }
                }
            }
        }

        Assert.NotEmpty(keys);
        Assert.True(problems.Count == 0, string.Join(", ", problems));
    }

    [Fact]
    public void NoTextWritesAPluralInBrackets()
    {
        var bracketed = Cultures
            .SelectMany(c => Resources(c).Where(t => BracketPlural().IsMatch(t.Value)).Select(t => $"{c}:{t.Key}"))
            .ToList();

        Assert.True(bracketed.Count == 0, "Use PluralRules instead of: " + string.Join(", ", bracketed));
    }

    [GeneratedRegex(@"\w\((s|en)\)|\(جلسات\)")]
    private static partial Regex BracketPlural();

    private static HashSet<string> Placeholders(string text) => [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];
}

using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Localization;

/// <summary>
/// Remembers each text per language once it has been looked up. <see cref="System.Resources.ResourceManager"/> takes a
/// lock on every lookup; a page writes hundreds of texts, so under load the requests queue on that lock (a profile of
/// the team overview at 8 concurrent requests: 9% of its CPU spent waiting there, docs/performance.md).
/// </summary>
public sealed class CachedStringLocalizer(IStringLocalizer resources) : IStringLocalizer
{
    // Bounded by the resource files: the keys are the resources' names (or code's typos of them) times the languages.
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _texts = new();

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return _texts.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (key, resources) => resources[key.Name], resources);
        }
    }

    /// <summary>Formats the remembered text as <see cref="ResourceManagerStringLocalizer"/> does: in the current culture.</summary>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}

/// <summary>Hands out one <see cref="CachedStringLocalizer"/> per resource, over the framework's resource-file localizers.</summary>
public sealed class CachedStringLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachedStringLocalizer(resources.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), key => new CachedStringLocalizer(resources.Create(key.BaseName, key.Location)));
}

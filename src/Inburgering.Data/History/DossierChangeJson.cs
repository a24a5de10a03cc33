using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Inburgering.Domain.History;

namespace Inburgering.Data.History;

/// <summary>
/// Stores a typed history event as JSON with its type name as discriminator, e.g.
/// <c>{"type":"DutchExamRecorded","level":"A2","mode":"Oral","passed":true}</c>. Every event record of the domain is
/// known by its class name, so adding one needs no change here.
/// </summary>
public static class DossierChangeJson
{
    private const string Discriminator = "type";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Write(DossierChange change) => JsonSerializer.Serialize(change, Options);

    public static DossierChange Read(string json) =>
        JsonSerializer.Deserialize<DossierChange>(json, Options) ?? throw new JsonException("A history event is empty.");

    private static JsonSerializerOptions CreateOptions()
    {
        var events = typeof(DossierChange).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(DossierChange)) && !type.IsAbstract)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToList();
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (!typeof(DossierChange).IsAssignableFrom(info.Type))
            {
                return;
            }

            // The type name is the discriminator; as a property it would be written twice.
            foreach (var property in info.Properties.Where(p => p.Name == Discriminator).ToList())
            {
                info.Properties.Remove(property);
            }

            if (info.Type == typeof(DossierChange))
            {
                info.PolymorphismOptions = new JsonPolymorphismOptions
                {
                    TypeDiscriminatorPropertyName = Discriminator,
                    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
                };
                foreach (var type in events)
                {
                    info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, type.Name));
                }
            }
        });
        return new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = resolver,
            Converters = { new JsonStringEnumConverter() },
        };
    }
}

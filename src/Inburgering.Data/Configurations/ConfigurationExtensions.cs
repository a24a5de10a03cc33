using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal static class ConfigurationExtensions
{
    public const int EnumMaxLength = 40;

    /// <summary>Enums are stored by name: readable in SQL and safe when members are reordered.</summary>
    public static PropertyBuilder<T> AsName<T>(this PropertyBuilder<T> property) =>
        property.HasConversion<string>().HasMaxLength(EnumMaxLength);

    public static ComplexTypePropertyBuilder<T> AsName<T>(this ComplexTypePropertyBuilder<T> property) =>
        property.HasConversion<string>().HasMaxLength(EnumMaxLength);

    public static void HasVersion(this EntityTypeBuilder entity) =>
        entity.Property<Guid>(AppDbContext.Version).IsConcurrencyToken();
}

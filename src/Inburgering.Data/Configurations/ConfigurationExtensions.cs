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

    /// <summary>The obligation schedule's periods as columns (class names), so a list asks "the class on day D" in SQL.</summary>
    public static void MapObligationSchedule(this ComplexPropertyBuilder<Domain.Rules.ObligationSchedule> schedule)
    {
        schedule.Property(s => s.Initial).AsName();
        schedule.Property(s => s.Second).AsName();
        schedule.Property(s => s.Third).AsName();
        schedule.Property(s => s.Fourth).AsName();
    }
}

using Inburgering.Domain.Organisation;

namespace Inburgering.Domain.Tests.Partners;

public sealed class AdministrativeRadiusTests
{
    private static Municipality Named(string name) => Municipalities.Find(name) ?? throw new InvalidOperationException(name);

    [Theory]
    [InlineData("Antwerpen", "Antwerpen", AdministrativeRadius.Municipality)]
    [InlineData("Antwerpen", "Mortsel", AdministrativeRadius.Arrondissement)]
    [InlineData("Antwerpen", "Mechelen", AdministrativeRadius.Province)]
    [InlineData("Antwerpen", "Gent", AdministrativeRadius.Anywhere)]
    [InlineData("Leuven", "Vilvoorde", AdministrativeRadius.Province)]
    [InlineData("Vilvoorde", "Schaarbeek", AdministrativeRadius.Anywhere)]
    [InlineData("Schaarbeek", "Elsene", AdministrativeRadius.Arrondissement)]
    [InlineData("Gent", "Aalst", AdministrativeRadius.Province)]
    public void RadiusOf_AnotherMunicipality_IsTheSmallestAdministrativeUnitBothLieIn(string from, string to, AdministrativeRadius expected)
    {
        var radius = Named(from).RadiusOf(Named(to).NisCode);

        Assert.Equal(expected, radius);
    }

    [Fact]
    public void CodePrefixes_VlaamsBrabant_CoversBothArrondissementsAndNotBrussels()
    {
        var prefixes = Named("Leuven").CodePrefixes(AdministrativeRadius.Province);

        Assert.Equal(["23", "24"], prefixes);
    }

    [Fact]
    public void RadiusOf_APlaceWithoutCode_IsAnywhere()
    {
        var radius = Named("Antwerpen").RadiusOf(null);

        Assert.Equal(AdministrativeRadius.Anywhere, radius);
    }
}

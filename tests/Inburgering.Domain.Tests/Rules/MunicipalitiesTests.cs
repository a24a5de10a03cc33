using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Tests.Rules;

public sealed class MunicipalitiesTests
{
    private static readonly Office AgIIAntwerp = new(Guid.NewGuid(), Agency.AgII, "AgII Turnhout", "Antwerpen");
    private static readonly Office AgIIEastFlanders = new(Guid.NewGuid(), Agency.AgII, "AgII Sint-Niklaas", "Oost-Vlaanderen");
    private static readonly Office Atlas = new(Guid.NewGuid(), Agency.Atlas, "Atlas Antwerpen Centrum", "Antwerpen");
    private static readonly Office Bon = new(Guid.NewGuid(), Agency.Bon, "Bon Brussel", "Brussel");

    [Fact]
    public void All_SinceTheMergersOf2025_Has285FlemishAnd19BrusselsMunicipalities()
    {
        var all = Municipalities.All;

        Assert.Equal(285, all.Count(m => m.Region == Region.Flanders));
        Assert.Equal(19, all.Count(m => m.Region == Region.Brussels));
        Assert.Equal(all.Count, all.Select(m => m.NisCode).Distinct().Count());
        Assert.Equal(all.Count, all.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("Antwerpen", Agency.Atlas, "Antwerpen", Region.Flanders)]
    [InlineData("Gent", Agency.Amal, "Oost-Vlaanderen", Region.Flanders)]
    [InlineData("Schaarbeek", Agency.Bon, "Brussel", Region.Brussels)]
    [InlineData("Sint-Jans-Molenbeek", Agency.Bon, "Brussel", Region.Brussels)]
    [InlineData("Mechelen", Agency.AgII, "Antwerpen", Region.Flanders)]
    [InlineData("Leuven", Agency.AgII, "Vlaams-Brabant", Region.Flanders)]
    [InlineData("Hasselt", Agency.AgII, "Limburg", Region.Flanders)]
    [InlineData("Brugge", Agency.AgII, "West-Vlaanderen", Region.Flanders)]
    [InlineData("Beveren-Kruibeke-Zwijndrecht", Agency.AgII, "Oost-Vlaanderen", Region.Flanders)]
    [InlineData("pajottegem", Agency.AgII, "Vlaams-Brabant", Region.Flanders)]
    public void Find_KnownMunicipality_HasItsAgencyProvinceAndRegion(string name, Agency agency, string province, Region region)
    {
        var municipality = Municipalities.Find(name);

        Assert.NotNull(municipality);
        Assert.Equal((agency, province, region), (municipality.Agency, municipality.Province, municipality.Region));
    }

    [Theory]
    [InlineData("Zwijndrecht")]
    [InlineData("Borsbeek")]
    [InlineData("Merksem")]
    [InlineData("Namen")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_MergedDistrictOrWalloonName_IsNotOnTheList(string? name)
    {
        Assert.Null(Municipalities.Find(name));
    }

    [Fact]
    public void Serves_EachMunicipality_ByItsAgencyAndForAgIIItsProvincialOffice()
    {
        Office[] offices = [AgIIAntwerp, AgIIEastFlanders, Atlas, Bon];

        string? Serving(string name) => offices.SingleOrDefault(o => o.Serves(Municipalities.Find(name)!))?.Name;

        Assert.Equal("Atlas Antwerpen Centrum", Serving("Antwerpen"));
        Assert.Equal("AgII Turnhout", Serving("Mechelen"));
        Assert.Equal("AgII Sint-Niklaas", Serving("Lokeren"));
        Assert.Equal("Bon Brussel", Serving("Ukkel"));
        Assert.Null(Serving("Gent"));
        Assert.Null(Serving("Leuven"));
    }

    [Fact]
    public void Region_FollowsTheMunicipality_ClassFeeAndFineFollowAMoveToBrussels()
    {
        var person = new PersonalData { FirstName = "Amina", LastName = "Haddad", BirthDate = new DateOnly(1990, 3, 15), Gender = Gender.Female, Nationality = "SY", Municipality = "Mechelen" };
        var today = new DateOnly(2026, 6, 1);
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Parse("IB-7KQ3-M9XZ"), person, new Residence(ResidenceStatus.FamilyReunification, new DateOnly(2025, 1, 10)), AgIIAntwerp, "cw-1", today);
        var before = (newcomer.Region, newcomer.Obligation(today).Class);

        newcomer.UpdatePersonalData(person with { Municipality = "Schaarbeek" }, today);

        Assert.Equal((Region.Flanders, ObligationClass.Obligated), before);
        Assert.Equal((Region.Brussels, ObligationClass.Entitled), (newcomer.Region, newcomer.Obligation(today).Class));
        Assert.Equal((100m, 2500m), FineRules.For(today).RangeFor(newcomer.Region));
    }
}

using CsCheck;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;

namespace Inburgering.Domain.Tests.OverTime;

/// <summary>Generated newcomers with every fact the obligation rule reads, and days to ask about.</summary>
internal static class People
{
    public static readonly Office Leuven = new(Guid.Parse("11111111-1111-1111-1111-111111111111"), Agency.AgII, "Leuven", "Vlaams-Brabant");
    public static readonly Office Brussels = new(Guid.Parse("44444444-4444-4444-4444-444444444444"), Agency.Bon, "Brussel", "Brussel");

    public static readonly Gen<DateOnly> Day = Gen.Int[new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2045, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    /// <summary>Birth dates cluster around the birthdays that matter; 29 February included.</summary>
    public static readonly Gen<DateOnly> BirthDate = Gen.OneOf<DateOnly>(
        Gen.Int[new DateOnly(1955, 1, 1).DayNumber, new DateOnly(2012, 12, 31).DayNumber].Select(DateOnly.FromDayNumber),
        Gen.OneOf(new DateOnly(1960, 2, 29), new DateOnly(2008, 2, 29), new DateOnly(1961, 3, 1), new DateOnly(2009, 12, 31)));

    public static readonly Gen<Residence> Residence = Gen.Select(Gen.Enum<ResidenceStatus>(), Gen.Int[0, 2000], (status, daysAgo) =>
    {
        var registered = new DateOnly(2025, 6, 1).AddDays(-daysAgo);
        return status == ResidenceStatus.AsylumApplicant
            ? new Residence(status, registeredOn: null, asylumAppliedOn: registered)
            : new Residence(status, registered);
    });

    public static readonly Gen<PersonalData> Person = Gen.Select(BirthDate, Gen.OneOf("SY", "AF", "MA", "PL", "CH", "NO", "UA"), Gen.Bool, (birth, nationality, unable) => new PersonalData
    {
        FirstName = "Test",
        LastName = "Persoon",
        BirthDate = birth,
        Gender = Gender.Female,
        Nationality = nationality,
        Municipality = "Leuven",
        PermanentlyUnable = unable,
    });

    public static readonly Gen<DateOnly?> ContractOn = Gen.OneOf<DateOnly?>(
        Gen.Const((DateOnly?)null),
        Gen.Int[new DateOnly(2021, 6, 1).DayNumber, new DateOnly(2025, 6, 1).DayNumber].Select(d => (DateOnly?)DateOnly.FromDayNumber(d)));

    public static Newcomer Register(PersonalData person, Residence residence, bool brussels, DateOnly? contractOn)
    {
        // The region follows the municipality: someone of the Brussels office lives in a Brussels municipality.
        var lives = brussels ? person with { Municipality = "Schaarbeek" } : person;
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Parse("IB-7KQ3-M9XZ"), lives, residence, brussels ? Brussels : Leuven, "cw-1", new DateOnly(2025, 6, 1));
        if (contractOn is { } on)
        {
            newcomer.RecordContract(on);
        }

        return newcomer;
    }
}

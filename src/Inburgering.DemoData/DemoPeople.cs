using Inburgering.Domain.Newcomers;

namespace Inburgering.DemoData;

/// <summary>Name pools and profiles for realistic, invented demo people.</summary>
internal static class DemoPeople
{
    public sealed record Origin(string Country, string[] FemaleNames, string[] MaleNames, string[] LastNames, string Languages);

    public static readonly Origin Syria = new("SY", ["Amina", "Fatima", "Layla", "Rania", "Nour", "Hiba"], ["Ahmad", "Mohammed", "Omar", "Yusuf", "Khaled", "Sami"], ["Haddad", "Al-Khatib", "Darwish", "Haddad", "Sabbagh", "Najjar"], "Arabisch");
    public static readonly Origin Afghanistan = new("AF", ["Zahra", "Nazanin", "Marzia", "Fereshta"], ["Farid", "Mustafa", "Hamid", "Ali", "Jawad"], ["Ahmadi", "Rahimi", "Hakimi", "Noori", "Sultani"], "Dari, Pasjtoe");
    public static readonly Origin Eritrea = new("ER", ["Selam", "Helen", "Senait", "Mebrat"], ["Yonas", "Dawit", "Robel", "Filmon"], ["Tesfaye", "Ghebremariam", "Kidane", "Habte"], "Tigrinya");
    public static readonly Origin Iraq = new("IQ", ["Zainab", "Maryam", "Sara"], ["Hussein", "Mustafa", "Haider"], ["Al-Saadi", "Jabbar", "Kareem"], "Arabisch, Koerdisch");
    public static readonly Origin Palestine = new("PS", ["Lina", "Dina", "Reem"], ["Tariq", "Bilal", "Nabil"], ["Shaheen", "Awad", "Barghouti"], "Arabisch");
    public static readonly Origin Somalia = new("SO", ["Hodan", "Ayaan", "Fartun"], ["Abdi", "Mahad", "Liban"], ["Warsame", "Farah", "Mohamud"], "Somalisch");
    public static readonly Origin Ukraine = new("UA", ["Olena", "Oksana", "Iryna", "Natalia", "Kateryna"], ["Andriy", "Dmytro", "Oleksandr", "Serhiy"], ["Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko"], "Oekraïens, Russisch");
    public static readonly Origin Morocco = new("MA", ["Khadija", "Salma", "Imane", "Souad"], ["Youssef", "Hamza", "Mehdi", "Rachid"], ["El Idrissi", "Benali", "Amrani", "Bouzid"], "Arabisch, Tamazight");
    public static readonly Origin Turkey = new("TR", ["Elif", "Ayşe", "Zeynep", "Emine"], ["Emre", "Mehmet", "Burak", "Murat"], ["Yilmaz", "Kaya", "Demir", "Şahin"], "Turks");
    public static readonly Origin Congo = new("CD", ["Grace", "Esther", "Divine"], ["Patrick", "Christian", "Jean-Paul"], ["Mukendi", "Kabila", "Tshibanda"], "Frans, Lingala");
    public static readonly Origin Guinea = new("GN", ["Aissatou", "Mariama", "Fatoumata"], ["Mamadou", "Ibrahima", "Alpha"], ["Diallo", "Barry", "Bah", "Sow"], "Frans, Pular");
    public static readonly Origin India = new("IN", ["Priya", "Ananya", "Divya"], ["Arjun", "Rahul", "Vikram"], ["Sharma", "Patel", "Reddy"], "Hindi, Engels");
    public static readonly Origin Brazil = new("BR", ["Ana", "Juliana", "Camila"], ["Lucas", "Rafael", "Thiago"], ["Silva", "Oliveira", "Santos"], "Portugees");
    public static readonly Origin Venezuela = new("VE", ["María", "Gabriela"], ["José", "Luis"], ["Rodríguez", "González", "Pérez"], "Spaans");
    public static readonly Origin Poland = new("PL", ["Anna", "Katarzyna", "Magdalena"], ["Piotr", "Tomasz", "Krzysztof"], ["Kowalski", "Nowak", "Wiśniewski"], "Pools");
    public static readonly Origin Romania = new("RO", ["Elena", "Ioana", "Andreea"], ["Andrei", "Mihai", "Florin"], ["Popescu", "Ionescu", "Stan"], "Roemeens");
    public static readonly Origin Spain = new("ES", ["Lucía", "Carmen"], ["Javier", "Pablo"], ["García", "Fernández", "López"], "Spaans");
    public static readonly Origin Bulgaria = new("BG", ["Maria", "Desislava"], ["Georgi", "Ivan"], ["Petrov", "Dimitrova", "Georgiev"], "Bulgaars");

    /// <summary>A residence profile with its origins and how often it occurs.</summary>
    public sealed record Profile(ResidenceStatus Status, int Weight, Origin[] Origins, double FemaleShare);

    public static readonly Profile[] Profiles =
    [
        new(ResidenceStatus.RecognisedRefugee, 25, [Syria, Afghanistan, Eritrea, Iraq, Palestine, Somalia], 0.45),
        new(ResidenceStatus.SubsidiaryProtection, 9, [Syria, Afghanistan, Iraq], 0.4),
        new(ResidenceStatus.FamilyReunification, 19, [Morocco, Turkey, India, Congo, Guinea, Syria], 0.75),
        new(ResidenceStatus.AsylumApplicant, 11, [Afghanistan, Guinea, Eritrea, Palestine, Venezuela], 0.3),
        new(ResidenceStatus.TemporaryProtection, 8, [Ukraine], 0.7),
        new(ResidenceStatus.Regularised, 3, [Morocco, Congo, Guinea], 0.5),
        new(ResidenceStatus.FreeMovement, 12, [Poland, Romania, Spain, Bulgaria], 0.5),
        new(ResidenceStatus.OtherResidenceRight, 9, [India, Brazil, Turkey], 0.45),
        new(ResidenceStatus.ShortStay, 4, [Brazil, India, Venezuela], 0.5),
    ];

    public static Profile PickProfile(Random random)
    {
        var roll = random.Next(Profiles.Sum(p => p.Weight));
        foreach (var profile in Profiles)
        {
            if (roll < profile.Weight)
            {
                return profile;
            }

            roll -= profile.Weight;
        }

        return Profiles[0];
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}

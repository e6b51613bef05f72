using System.Collections.Frozen;

namespace ClaimTracker.Core.Claims;

/// <summary>A people or country named in the text: its adjective ("North Korean") and ISO country code.</summary>
internal sealed record Nationality(string Adjective, string Country)
{
    private static readonly FrozenDictionary<string, Nationality> ByPhrase = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, Nationality>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByPhrase.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Nationality> ByCountry = ByPhrase.Values
        .GroupBy(n => n.Country, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The nationality of an ISO country code ("US" → American), as the source registry gives countries.</summary>
    public static Nationality? OfCountry(string? country) => country is null ? null : ByCountry.GetValueOrDefault(country);

    /// <summary>The nationality a whole phrase names ("Sudanese", "Sudan", "Khartoum"), or null; for proposed sources.</summary>
    public static Nationality? OfPhrase(string phrase) => ByPhrase.GetValueOrDefault(phrase);

    /// <summary>
    /// The nationality named by the words starting at token <paramref name="index"/> (up to three words:
    /// "North Korean", "United States"), with the number of tokens it covers; null when there is none.
    /// </summary>
    public static (Nationality Nationality, int Tokens)? At(string text, List<Token> tokens, int index)
    {
        if (index >= tokens.Count || !tokens[index].IsWord || !char.IsUpper(text[tokens[index].Start]))
        {
            return null;
        }
        for (var n = Math.Min(3, tokens.Count - index); n >= 1; n--)
        {
            var last = tokens[index + n - 1];
            if (!last.IsWord)
            {
                continue;
            }
            var span = text.AsSpan(tokens[index].Start, last.End - tokens[index].Start);
            if (n > 1 && !SpacedWords(span, n))
            {
                continue;
            }
            if (n == 1 && span.Contains('.'))
            {
                span = WithoutDots(span);
            }
            if (Lookup.TryGetValue(span, out var found))
            {
                return (found, n);
            }
        }
        return null;
    }

    private static bool SpacedWords(ReadOnlySpan<char> span, int words)
    {
        var spaces = 0;
        foreach (var c in span)
        {
            if (c == ' ')
            {
                spaces++;
            }
            else if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }
        return spaces == words - 1;
    }

    private static ReadOnlySpan<char> WithoutDots(ReadOnlySpan<char> span)
    {
        var chars = new char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (c != '.')
            {
                chars[n++] = c;
            }
        }
        return chars.AsSpan(0, n);
    }

    private static Dictionary<string, Nationality> Build()
    {
        var map = new Dictionary<string, Nationality>(StringComparer.OrdinalIgnoreCase);
        void Add(string adjective, string country, params string[] phrases)
        {
            var nationality = new Nationality(adjective, country);
            map[adjective] = nationality;
            foreach (var phrase in phrases)
            {
                map[phrase] = nationality;
            }
        }
        Add("North Korean", "KP", "North Korea", "North Koreans", "DPRK", "Pyongyang");
        Add("South Korean", "KR", "South Korea", "South Koreans", "Seoul", "ROK");
        Add("Russian", "RU", "Russia", "Russians", "Moscow", "Kremlin");
        Add("Ukrainian", "UA", "Ukraine", "Ukrainians", "Kyiv", "Kiev");
        Add("American", "US", "US", "United States", "Americans", "Washington", "USA");
        Add("British", "GB", "UK", "Britain", "United Kingdom", "Britons");
        Add("Israeli", "IL", "Israel", "Israelis");
        Add("Palestinian", "PS", "Palestinians", "Gaza", "Gazans", "Gazan", "West Bank", "Palestine");
        Add("Sudanese", "SD", "Sudan", "Khartoum", "Darfur");
        Add("Chinese", "CN", "China", "Beijing");
        Add("Japanese", "JP", "Japan", "Tokyo");
        Add("Syrian", "SY", "Syria", "Syrians", "Damascus");
        Add("Lebanese", "LB", "Lebanon", "Beirut");
        Add("Iranian", "IR", "Iran", "Iranians", "Tehran");
        Add("Yemeni", "YE", "Yemen", "Yemenis");
        Add("Iraqi", "IQ", "Iraq", "Iraqis", "Baghdad");
        Add("Afghan", "AF", "Afghanistan", "Afghans", "Kabul");
        Add("Belarusian", "BY", "Belarus", "Minsk");
        Add("Polish", "PL", "Poland", "Warsaw");
        Add("German", "DE", "Germany", "Germans", "Berlin");
        Add("French", "FR", "France", "Paris");
        Add("Turkish", "TR", "Turkey", "Türkiye", "Ankara");
        Add("Ethiopian", "ET", "Ethiopia", "Ethiopians", "Addis Ababa");
        Add("Eritrean", "ER", "Eritrea", "Eritreans");
        Add("Somali", "SO", "Somalia", "Somalis", "Mogadishu");
        Add("Malian", "ML", "Mali");
        Add("Nigerian", "NG", "Nigeria", "Nigerians");
        Add("Congolese", "CD", "Congo", "DR Congo", "DRC");
        Add("Burmese", "MM", "Myanmar", "Burma");
        Add("Indian", "IN", "India", "Indians", "New Delhi");
        Add("Pakistani", "PK", "Pakistan", "Pakistanis", "Islamabad");
        Add("Azerbaijani", "AZ", "Azerbaijan", "Baku");
        Add("Armenian", "AM", "Armenia", "Armenians", "Yerevan");
        Add("Chechen", "RU-CE", "Chechnya", "Chechens");
        Add("Cuban", "CU", "Cuba", "Cubans");
        Add("Nepali", "NP", "Nepal", "Nepalese");
        Add("Libyan", "LY", "Libya", "Libyans", "Tripoli");
        Add("Egyptian", "EG", "Egypt", "Cairo");
        Add("Saudi", "SA", "Saudi Arabia");
        Add("Houthi", "YE-H", "Houthis");
        Add("Kurdish", "KU", "Kurds", "Kurdistan");
        Add("Haitian", "HT", "Haiti");
        Add("Mexican", "MX", "Mexico");
        Add("Colombian", "CO", "Colombia");
        Add("Venezuelan", "VE", "Venezuela");
        Add("Georgian", "GE", "Tbilisi");
        Add("Moldovan", "MD", "Moldova");
        Add("Serbian", "RS", "Serbia", "Serbs");
        Add("Filipino", "PH", "Philippines");
        // Names that are also given names or other places ("Chad", "Jordan", "Niger" beside Nigeria) are left to their adjectives.
        Add("Rwandan", "RW", "Rwanda", "Rwandans", "Kigali");
        Add("Burundian", "BI", "Burundi", "Burundians");
        Add("Ugandan", "UG", "Uganda", "Ugandans", "Kampala");
        Add("Kenyan", "KE", "Kenya", "Kenyans", "Nairobi");
        Add("South Sudanese", "SS", "South Sudan", "Juba");
        Add("South African", "ZA", "South Africa", "South Africans", "Pretoria");
        Add("Chadian", "TD", "Chadians", "N'Djamena");
        Add("Nigerien", "NE", "Nigeriens", "Niamey");
        Add("Burkinabe", "BF", "Burkina Faso", "Burkinabè", "Ouagadougou");
        Add("Mozambican", "MZ", "Mozambique", "Mozambicans");
        Add("Cameroonian", "CM", "Cameroon", "Cameroonians");
        Add("Central African", "CF", "Central African Republic", "CAR");
        Add("Algerian", "DZ", "Algeria", "Algerians", "Algiers");
        Add("Moroccan", "MA", "Morocco", "Moroccans", "Rabat");
        Add("Tunisian", "TN", "Tunisia", "Tunisians");
        Add("Jordanian", "JO", "Jordanians", "Amman");
        Add("Qatari", "QA", "Qatar", "Doha");
        Add("Emirati", "AE", "United Arab Emirates", "UAE", "Abu Dhabi");
        Add("Canadian", "CA", "Canada", "Canadians", "Ottawa");
        Add("Australian", "AU", "Australia", "Australians", "Canberra");
        Add("Italian", "IT", "Italy", "Italians");
        Add("Spanish", "ES", "Spain", "Madrid");
        Add("Dutch", "NL", "Netherlands", "The Hague");
        Add("Swedish", "SE", "Sweden", "Swedes", "Stockholm");
        Add("Finnish", "FI", "Finland", "Finns", "Helsinki");
        Add("Norwegian", "NO", "Norway", "Norwegians", "Oslo");
        Add("Danish", "DK", "Denmark", "Danes", "Copenhagen");
        Add("Estonian", "EE", "Estonia", "Estonians", "Tallinn");
        Add("Latvian", "LV", "Latvia", "Latvians", "Riga");
        Add("Lithuanian", "LT", "Lithuania", "Lithuanians", "Vilnius");
        Add("Romanian", "RO", "Romania", "Romanians", "Bucharest");
        Add("Hungarian", "HU", "Hungary", "Hungarians", "Budapest");
        Add("Czech", "CZ", "Czech Republic", "Czechia", "Czechs", "Prague");
        Add("Slovak", "SK", "Slovakia", "Slovaks", "Bratislava");
        Add("Bulgarian", "BG", "Bulgaria", "Bulgarians");
        Add("Greek", "GR", "Greece", "Greeks", "Athens");
        Add("Kazakh", "KZ", "Kazakhstan", "Astana");
        Add("Tajik", "TJ", "Tajikistan", "Dushanbe");
        Add("Thai", "TH", "Thailand", "Bangkok");
        Add("Vietnamese", "VN", "Vietnam", "Hanoi");
        Add("Cambodian", "KH", "Cambodia", "Phnom Penh");
        Add("Indonesian", "ID", "Indonesia", "Indonesians", "Jakarta");
        Add("Bangladeshi", "BD", "Bangladesh", "Bangladeshis", "Dhaka");
        Add("Sri Lankan", "LK", "Sri Lanka", "Sri Lankans", "Colombo");
        Add("Taiwanese", "TW", "Taiwan", "Taipei");
        Add("Brazilian", "BR", "Brazil", "Brazilians", "Brasilia");
        Add("Ecuadorian", "EC", "Ecuador", "Ecuadorians", "Quito");
        Add("Salvadoran", "SV", "El Salvador", "Salvadorans", "San Salvador");
        Add("Guatemalan", "GT", "Guatemala", "Guatemalans");
        Add("Honduran", "HN", "Honduras", "Hondurans", "Tegucigalpa");
        Add("Nicaraguan", "NI", "Nicaragua", "Nicaraguans", "Managua");
        Add("Peruvian", "PE", "Peru", "Peruvians", "Lima");
        return map;
    }
}

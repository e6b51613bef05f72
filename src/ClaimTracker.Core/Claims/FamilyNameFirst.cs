namespace ClaimTracker.Core.Claims;

/// <summary>
/// "lawmaker Park Jun-ho told reporters … “We were told there have been at least 120 deaths,” Park said", "Rep. Lee
/// Seong-kweun … Lee said about 300 had been killed": a Korean name is written family name first, its given name
/// hyphenated ("Jun-ho", "Tae-Keung"), and wire copy repeats the person by the family name, which
/// <see cref="SurnameSpeaker"/> (reading the last word as the surname) missed. Only a known family name (people.json
/// familyNameFirst) before a hyphenated given name, so "Hatem Salloum" and "Kim Jong Un" change nothing. Survey of
/// session 32 (Reuters, KBS, Yonhap, news.az relays of the NIS briefings); branch source61; golden cases:
/// korean_surname_repeats_the_lawmaker, korean_surname_of_an_unsourced_speaker_stays_unsourced.
/// </summary>
internal static class FamilyNameFirst
{
    private static readonly WordSet FamilyNames = WordLists.Set("familyNameFirst");
    private static readonly WordSet Countries = WordLists.Set("familyNameFirstCountries");

    /// <summary>The family name of a "Family Given-name" pair, or null when the pair is not written family name first.</summary>
    public static string? Surname(ReadOnlySpan<char> first, ReadOnlySpan<char> given)
    {
        var hyphen = given.IndexOf('-');
        return hyphen > 0 && hyphen < given.Length - 1 && FamilyNames.Contains(first) ? first.ToString() : null;
    }

    /// <summary>
    /// The family name of a registered person of a country that writes it first (people.json <c>familyNameFirstCountries</c>):
    /// "Kim Jong Un", "Kim Yo Jong", "Choe Son Hui" (a listed family name and a two-word given name) or "Lee Jae-myung"
    /// (a hyphenated one) → "Kim", "Choe", "Lee"; null for any other name or country. Wire copy names the leader in full
    /// once and then "Kim said", "Kim told the ceremony" (Unseen20 nknews-kim-honours-kursk-troops, Unseen77
    /// tass-khinshtein-north-korean-sappers-return-kursk-telegram), where the last word ("Un") is no surname at all.
    /// </summary>
    public static string? OfRegisteredName(string name, string? country)
    {
        if (country is null || !Countries.Contains(country))
        {
            return null;
        }
        var words = name.Split(' ');
        if (words.Length == 3 && FamilyNames.Contains(words[0]) && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)))
        {
            return words[0];
        }
        return words.Length == 2 ? Surname(words[0], words[1]) : null;
    }

    /// <summary>
    /// The family name of the first "Family Given-name" pair anywhere in the words ("Rep. Lee Seong-kweun of the ruling
    /// People Power Party" → "Lee"), or null; the given name must open with a capital, as a name does.
    /// </summary>
    public static string? FindIn(ReadOnlySpan<char> words)
    {
        scoped ReadOnlySpan<char> previous = default;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (!previous.IsEmpty && !word.IsEmpty && char.IsUpper(word[0]) && char.IsUpper(previous[0]) && Surname(previous, word) is { } family)
            {
                return family;
            }
            previous = word;
        }
        return null;
    }

    /// <summary>
    /// Whether the word is the lower-case tail of a Korean given name ("ho" of "Park Jun-ho"), which a reader of
    /// capitalised name words would otherwise stop at, cutting "NIS spokesman Park Jun-ho said" to no speaker.
    /// </summary>
    public static bool IsGivenNameTail(string text, Token t)
    {
        if (!t.IsWord || t.Start < 4 || text[t.Start - 1] != '-' || !char.IsLower(text[t.Start]))
        {
            return false;
        }
        var head = t.Start - 1;
        var start = head;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        if (start == head || !char.IsUpper(text[start]) || start < 2 || text[start - 1] != ' ')
        {
            return false;
        }
        var familyEnd = start - 1;
        var familyStart = familyEnd;
        while (familyStart > 0 && char.IsLetter(text[familyStart - 1]))
        {
            familyStart--;
        }
        return familyStart < familyEnd && FamilyNames.Contains(text.AsSpan(familyStart, familyEnd - familyStart))
            && !AfterReportingVerb(text, familyStart) && AfterTitle(text, familyStart);
    }

    // Only a name right after its title ("spokesman Park Jun-ho", "Rep. Lee Seong-kweun"). Put after its verb ("said
    // Park Min-ho, a defector … at a Seoul think tank") or set off by commas ("A South Korean lawmaker, Yoon Sang-min,
    // said … from a visit to Kyiv"), the name read in full took a place in its sentence for a body (Unseen13
    // cbs-kim-fallen-soldiers-ceremony; golden cases a_defector_named_after_said_stays_unsourced,
    // korean_surname_of_an_unsourced_speaker_stays_unsourced; branch source62).
    private static bool AfterReportingVerb(string text, int familyStart)
    {
        var end = familyStart - 1;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < end && ClaimLexicon.ReportingVerbs.Contains(text.AsSpan(start, end - start));
    }

    private static bool AfterTitle(string text, int familyStart)
    {
        var before = familyStart - 1;
        while (before > 0 && text[before] == ' ')
        {
            before--;
        }
        return before >= 0 && before < familyStart - 1 && (char.IsLetter(text[before]) || text[before] == '.');
    }
}

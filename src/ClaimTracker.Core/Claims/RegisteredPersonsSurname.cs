using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Caretaker Public Health Minister Firass Abiad presented a detailed count … According to Abiad, … Abiad said",
/// "Defense Minister Israel Katz's appearance before the committee … said Katz put the number … at": a person the
/// registry knows by his full name (an alias of the body he speaks for) is named in full once, often in a sentence with
/// no figure and no reporting verb, and then by the surname alone through the article. <see cref="SurnameSpeaker"/>
/// learns a surname only from a credited speaker, so a press conference whose minister is introduced by "presented"
/// or "appeared" left every later "Abiad said" unsourced (Unseen81 lbci-abiad-numbers, jpost-katz-knesset). Every
/// later whole-word use of the surname that no mention covers names the same body, as <see cref="BodysInitials"/> does
/// for a body's initials. Only a name of two or three capitalised letter words whose last word is no body's noun
/// (speakers.json bodyNameLastWords: "Ukrainian General Staff", "White House" are bodies), only after the full name,
/// never a surname the registry resolves by itself, and never for an outlet (a paper's last word is no person).
/// Golden cases: a_registered_ministers_surname_after_a_sentence_with_no_figure, a_registered_ministers_surname_after_according_to,
/// a_surname_before_the_registered_full_name_stays_unsourced. A Korean leader's name is written family name first
/// ("Kim Jong Un … Kim told the ceremony", "Choe Son Hui … Choe said"): for a registered person of a country listed in
/// people.json familyNameFirstCountries the family name is the first word (<see cref="FamilyNameFirst.OfRegisteredName"/>),
/// and none is taken when another person of that family name is in the article ("Rep. Kim Byung-kee", "Governor
/// Vitaliy Kim"). Golden cases: a_leaders_family_name_after_his_full_name, a_leaders_family_name_beside_a_lawmakers_stays_unsourced
/// (branch src54c).
/// </summary>
internal static class RegisteredPersonsSurname
{
    private static readonly WordSet BodyNameLastWords = WordLists.Set("bodyNameLastWords");
    private static readonly WordSet Titles = WordLists.Set("familyNameTitles");

    /// <summary>The mentions with every later use of a registered person's surname added, in text order.</summary>
    public static IReadOnlyList<SourceMention> With(string text, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? added = null;
        HashSet<string>? seen = null;
        foreach (var named in mentions)
        {
            if (named.Source is not { Kind: not SourceKind.Media } source || LaterName(text, named, source, mentions) is not { } surname
                || !(seen ??= new(StringComparer.Ordinal)).Add(surname) || BodysInitials.HasOwnBody(registry, surname))
            {
                continue;
            }
            for (var at = text.IndexOf(surname, named.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
            {
                var end = at + surname.Length;
                if (IntroducedAcronym.IsWordEdge(text, at - 1) && IntroducedAcronym.IsWordEdge(text, end) && !mentions.Any(m => m.Start < end && m.End > at))
                {
                    (added ??= []).Add(new SourceMention(surname, at, end, source));
                }
            }
        }
        return added is null ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }

    // The family name of a Korean leader written family name first ("Kim Jong Un" → "Kim"), unless another person of that
    // family name is in the article ("Rep. Kim Byung-kee", "Governor Vitaliy Kim"), where "Kim said" names either; else the
    // last word of the name.
    private static string? LaterName(string text, SourceMention named, SourceDefinition source, IReadOnlyList<SourceMention> mentions)
    {
        if (FamilyNameFirst.OfRegisteredName(named.Text, source.Country) is not { } family)
        {
            return Surname(named.Text);
        }
        return SharedFamilyName(text, family, source, mentions) ? null : family;
    }

    // Whether a use of the family name outside this person's own names stands beside another given name: a capitalised
    // word right after it, or a capitalised word right before it inside a sentence ("Vitaliy Kim") that is no title.
    private static bool SharedFamilyName(string text, string family, SourceDefinition source, IReadOnlyList<SourceMention> mentions)
    {
        for (var at = text.IndexOf(family, StringComparison.Ordinal); at >= 0; at = text.IndexOf(family, at + family.Length, StringComparison.Ordinal))
        {
            var end = at + family.Length;
            if (!IntroducedAcronym.IsWordEdge(text, at - 1) || !IntroducedAcronym.IsWordEdge(text, end)
                || mentions.Any(m => m.Start <= at && m.End >= end && m.Source?.Name == source.Name))
            {
                continue;
            }
            if ((end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) || GivenNameBefore(text, at))
            {
                return true;
            }
        }
        return false;
    }

    private static bool GivenNameBefore(string text, int at)
    {
        if (at < 3 || text[at - 1] != ' ' || !char.IsLower(text[at - 2]))
        {
            return false;
        }
        var start = at - 2;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        if (!char.IsUpper(text[start]) || Titles.Contains(text.AsSpan(start, at - 1 - start)))
        {
            return false;
        }
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        return before >= 0 && (char.IsLetter(text[before]) || text[before] == ',');
    }

    // The last word of a person's name of two or three capitalised words ("Firass Abiad" → "Abiad"), or null for a body's
    // name or a description. Most mentions are one word ("Hamas") and are refused before any string is made.
    internal static string? Surname(string name)
    {
        var spaces = name.AsSpan().Count(' ');
        if (spaces is < 1 or > 2)
        {
            return null;
        }
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range];
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]) || !IsNameWord(word))
            {
                return null;
            }
        }
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return BodyNameLastWords.Contains(last) ? null : last;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c is '-' or '\''))
            {
                return false;
            }
        }
        return true;
    }
}

using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The International Federation of Red Cross and Red Crescent Societies said", "the Syrian Arab Red Crescent said":
/// an international body's alias inside a longer capitalised name is part of another body's name, which the registry
/// does not hold (proposed under its own name), not the body the alias names (the ICRC). The name is longer when a
/// name-head word opens it ("Federation of …") or closes it ("… Red Crescent Societies"), or when a capitalised word
/// that is no title, lead word or registered body stands right before the alias ("Arab Red Crescent"). A country's
/// name before an acronym is the agency's office there ("Ukraine UNHCR representative") and adjectives are
/// <see cref="NationalBranch"/>'s. Words as data (attribution.json <c>bodyNameHeads</c>, <c>nameTitles</c>).
/// Golden cases: alias_inside_a_federations_name, alias_after_a_longer_national_name. An official's name among the
/// aliases is no body's name and keeps the title before it (a_title_before_an_international_officials_name).
/// </summary>
internal static class LongerBodysName
{
    private static readonly WordSet Heads = WordLists.Set("bodyNameHeads");
    private static readonly WordSet Titles = WordLists.Set("nameTitles");

    // "The NGO ACLED estimates": a body's kind before its name is an apposition, as "the monitoring group Airwars" is,
    // not the first word of a longer name (speakers.json groupHeads; golden case: the_ngo_named_by_apposition_and_after).
    private static readonly WordSet KindNouns = WordLists.Set("groupHeads");

    /// <summary>The mentions without those of an international body whose alias sits inside a longer name.</summary>
    public static IReadOnlyList<SourceMention> Without(string text, IReadOnlyList<SourceMention> mentions) =>
        SourceMentions.Without(mentions, m => m.Source is { Country: null } && (OpenedBefore(text, m, mentions) || ClosedAfter(text, m.End)) && !IsPersonsName(m));

    // "Presiding Judge Joanna Korner said", "UN High Commissioner Volker Türk urged", "Emergency Relief Coordinator Tom
    // Fletcher", and later "Judge Korner said": an official's title is capitalised before his name (or the surname the
    // article goes on to use), and a person's name never completes a longer body's name, so the alias stands (Unseen79
    // dabanga-icc-kushayb, Unseen61 lbci-reuters-ohchr; golden case a_title_before_an_international_officials_name).
    private static bool IsPersonsName(SourceMention mention) =>
        RegisteredPersonsSurname.Surname(mention.Text) is not null
        || (!mention.Text.Contains(' ') && mention.Source!.Aliases.Any(a => RegisteredPersonsSurname.Surname(a) == mention.Text));

    private static bool OpenedBefore(string text, SourceMention mention, IReadOnlyList<SourceMention> mentions)
    {
        var (begin, end) = WordBefore(text, mention.Start);
        if (begin == end)
        {
            return false;
        }
        var word = text.AsSpan(begin, end - begin);
        if (word is "of")
        {
            // "Federation of Red Cross": the head that the alias completes.
            var (headBegin, headEnd) = WordBefore(text, begin);
            return headBegin < headEnd && char.IsUpper(text[headBegin]) && Heads.Contains(text.AsSpan(headBegin, headEnd - headBegin));
        }
        return char.IsUpper(word[0]) && word.Length > 1
            && !Titles.Contains(word) && !KindNouns.Contains(word) && !ClaimLexicon.AttributorWords.Contains(word) && !ClaimLexicon.IntroWords.Contains(word)
            && !AttributionFinder.Determiners.Contains(word)
            && Nationality.OfPhrase(word.ToString()) is null
            && !mentions.Any(other => other.End == end);
    }

    // "Red Cross and Red Crescent Societies": capitalised words (and a joining "and") after the alias that end on a head.
    private static bool ClosedAfter(string text, int start)
    {
        var lastCapital = false;
        var head = false;
        var (begin, end) = WordAfter(text, start);
        while (begin < end)
        {
            var word = text.AsSpan(begin, end - begin);
            if (char.IsUpper(word[0]))
            {
                lastCapital = true;
                head = Heads.Contains(word);
            }
            else if (!(word is "and" && lastCapital))
            {
                break;
            }
            (begin, end) = WordAfter(text, end);
        }
        return head;
    }

    /// <summary>The word right before <paramref name="start"/> (over one space): its start and end; empty when none.</summary>
    internal static (int Begin, int End) WordBefore(string text, int start)
    {
        var end = start;
        if (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }
        return (begin, end);
    }

    private static (int Begin, int End) WordAfter(string text, int end)
    {
        var begin = end;
        if (begin < text.Length && text[begin] == ' ')
        {
            begin++;
        }
        var after = begin;
        while (after < text.Length && char.IsLetter(text[after]))
        {
            after++;
        }
        return (begin, after);
    }
}

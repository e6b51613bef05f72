namespace ClaimTracker.Core.Claims;

/// <summary>
/// "PORT SUDAN, Sudan (AP) —", "KHAN YOUNIS, Gaza Strip (AFP) —": the country of the place a story is datelined in,
/// read from the capitalised words that open one of its first sentences before the agency's bracket or the dash. "The
/// army said" or "the health ministry said" with no body named before them are that country's (Reporting
/// sudan-kordofan-drone, gaza-khan-younis-tents). Wire copy also writes the place in title case when an agency's bracket
/// follows ("Gaza City (Palestinian Territories) (AFP) –", "Port Sudan (AFP) -"): the bracket marks the dateline as the
/// capitals do (Unseen15 afp-gaza-overnight-strikes-truce; golden case title_case_dateline_with_agency). Outlets
/// without a bracket close the capitals with a spaced hyphen or a colon ("BEIRUT - …", "BEIRUT: …"; golden case
/// dateline_with_a_hyphen_or_a_colon). A capitalised place alone on its line is a dateline too (<see cref="LonePlaceLine"/>).
/// </summary>
internal static class DatelineCountry
{
    private const int MaxWords = 6;
    private static readonly WordSet Agencies = WordLists.Set("datelineAgencies");

    // The sentences' openings are copied from the article's tokens: splitting them again was its own walk (issue 10 item 4).
    public static string? Of(string text, List<Sentence> sentences, ArticleTokens articleTokens)
    {
        // The extractor's sentence list: the dateline is read before its loop starts.
        var tokens = articleTokens.SentenceScratch;
        foreach (var sentence in Opening(sentences))
        {
            articleTokens.CopyInto(sentence.Start, Math.Min(sentence.End, sentence.Start + 80), tokens);
            if (LonePlaceLine(text, sentence, tokens) is { } lone)
            {
                return lone;
            }
            var end = tokens.FindIndex(t => !t.IsWord && (text[t.Start] is '(' or '—' or '–' || (!sentence.IsHeading && IsPlainMark(text, t))));
            var agency = AgencyBracket(text, tokens, end);
            if (end < 1 || end > MaxWords + 2 || !tokens[0].IsWord || !(IsUpper(text, tokens[0]) || (char.IsUpper(text[tokens[0].Start]) && agency >= 0)))
            {
                continue;
            }
            // "Deir el-Balah (Palestinian Territories) (AFP)": the bracket before the agency's names the country.
            for (var i = 0; i < Math.Max(end, agency); i++)
            {
                if (Nationality.At(text, tokens, i) is { } n)
                {
                    return n.Nationality.Country;
                }
            }
            if (TownsCountry(text, tokens, end) is { } town)
            {
                return town;
            }
        }
        return null;
    }

    private static readonly Dictionary<string, string> Towns = WordLists.Pairs(WordLists.Set("datelineTowns"));

    // "TYRE —", "NABATIEH (Reuters) —", "DEIR AL-BALAH —": wire copy often names the town alone, and a bare "the Health
    // Ministry" in a story that names no country is then the town's country's (source54's Left list; golden case
    // town_dateline_names_the_ministrys_country). The whole dateline must be a listed town: a street or district is not.
    private static string? TownsCountry(string text, List<Token> tokens, int end)
    {
        var words = text.AsSpan(tokens[0].Start, tokens[end - 1].End - tokens[0].Start).Trim();
        return Towns.GetValueOrDefault(words.ToString());
    }

    // The first three sentences, not counting heading lines straight under the first one: a page's outlet and date
    // lines ("L'Orient Today", "October 26, 2024") stand between the headline and the datelined lede without being part
    // of the story (Unseen37 lorienttoday-ain-baal-risala-centre-strike; golden case dateline_under_outlet_and_date_lines).
    internal static IEnumerable<Sentence> Opening(List<Sentence> sentences)
    {
        var counted = 0;
        var read = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.IsFurniture)
            {
                continue;
            }
            if (counted == MaxCounted || read == MaxOpening)
            {
                yield break;
            }
            counted += sentence.IsHeading && counted <= 1 ? 0 : 1;
            read++;
            yield return sentence;
        }
    }

    private const int MaxCounted = 3;
    private const int MaxOpening = 6;

    // "BEIRUT" on a line of its own above the lede (Anadolu's layout): one to three capitalised words and nothing else
    // are the dateline when they name a place (Unseen12 anadolu-south-lebanon-returns; golden case the_army_of_the_dateline_country).
    private static string? LonePlaceLine(string text, Sentence sentence, List<Token> tokens)
    {
        if (tokens.Count is 0 or > LoneWords || sentence.End - sentence.Start > LoneLength || tokens.Any(t => !t.IsWord || !IsUpper(text, t)))
        {
            return null;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } n)
            {
                return n.Nationality.Country;
            }
        }
        return null;
    }

    private const int LoneWords = 3;
    private const int LoneLength = 30;

    // "BEIRUT - Israeli strikes …", "BEIRUT: An Israeli strike …": a spaced hyphen or a colon ends a dateline as a
    // dash does; a hyphen inside a word ("Interfax-Ukraine", "al-Mawasi") does not, and a heading's colon ("Gaza: 31
    // killed") labels the entry, it dates no story (Golden cases: dateline_with_a_hyphen_or_a_colon, dateline_with_a_colon).
    private static bool IsPlainMark(string text, Token t) =>
        t.Start > 0 && t.Start + 1 < text.Length && text[t.Start + 1] == ' '
        && (text[t.Start] == ':' || (text[t.Start] == '-' && text[t.Start - 1] == ' '));

    private static bool IsUpper(string text, Token t)
    {
        foreach (var c in text.AsSpan(t.Start, t.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    // "(AFP)" or "(Palestinian Territories) (AFP)": where an agency's name alone in a bracket opens, at or after the
    // first bracket; -1 when there is none.
    private static int AgencyBracket(string text, List<Token> tokens, int from)
    {
        for (var i = Math.Max(0, from); i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord && text[tokens[i].Start] == '(' && tokens[i + 1].IsWord && !tokens[i + 2].IsWord && text[tokens[i + 2].Start] == ')'
                && Agencies.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
            {
                return i;
            }
        }
        return -1;
    }
}

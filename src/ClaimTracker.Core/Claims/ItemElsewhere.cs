namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In other news … / Sudan: … About 8 million people have been driven from their homes", "SUDAN / … About 8,000 people
/// have fled into neighboring Chad": a newsletter, a briefs page or a curated briefing led by Gaza goes on to items on
/// other wars, each under its own section head or country label. A story led or opened in Gaza makes its bare people
/// Palestinians (<see cref="OwnPopulation"/>), but an item whose head or label opens on another country's name (and
/// names no Gaza place) is that country's story, so its people are not Gaza's. Israel's own items are left to the Gaza
/// rules (the sets read the 7 October dead "people in Israel" by other rules). A figure whose own sentence names Gaza is
/// still Gaza's. Golden case: a_briefings_items_on_other_wars_are_not_gazas.
/// </summary>
internal static class ItemElsewhere
{
    private const string Palestinian = "PS";
    private const string Israeli = "IL";
    private static readonly WordSet PalestinianPlaces = WordLists.Set("palestinianPlaces");

    /// <summary>For each sentence, whether it stands in an item whose head or label names another country than Gaza's.</summary>
    public static bool[] Of(string text, List<Sentence> sentences, int[] entries, SentenceTokens sentenceTokens)
    {
        var elsewhere = new bool[sentences.Count];
        var labelled = -1;
        for (var i = 1; i < sentences.Count; i++)
        {
            var tokens = sentenceTokens.Of(i);
            if (sentences[i].Paragraph != sentences[i - 1].Paragraph)
            {
                labelled = Label(text, tokens) ? sentences[i].Paragraph : -1;
            }
            elsewhere[i] = sentences[i].Paragraph == labelled
                || (entries[i] == i ? NamesAnotherCountry(text, tokens) : entries[i] > 0 && elsewhere[entries[i]] && !sentences[i].IsHeading);
        }
        return elsewhere;
    }

    // "Sudan: The UN Security Council will vote …": a paragraph opening on another country and a colon.
    private static bool Label(string text, List<Token> tokens) =>
        OpensOnAnotherCountry(text, tokens) is var count and > 0 && count < tokens.Count && !tokens[count].IsWord && text[tokens[count].Start] == ':';

    // "SUDAN", "RUSSIA-UKRAINE WAR": a head opening on another country's name, and naming no Gaza place. Only the name
    // itself opens such an item: an adjective ("Indonesian Hospital raided") or a byline's city ("News Service | New
    // Delhi") names none.
    private static bool NamesAnotherCountry(string text, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && PalestinianPlaces.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return false;
            }
        }
        return OpensOnAnotherCountry(text, tokens) > 0;
    }

    // How many tokens the country's name opening the line takes, or 0 when it opens on none (or on an adjective, or on Gaza's or Israel's).
    private static int OpensOnAnotherCountry(string text, List<Token> tokens) =>
        Nationality.At(text, tokens, 0) is var (named, count) && named.Country is not (Palestinian or Israeli)
        && !text.AsSpan(tokens[0].Start, tokens[count - 1].Start + tokens[count - 1].Length - tokens[0].Start).Equals(named.Adjective, StringComparison.OrdinalIgnoreCase)
            ? count : 0;
}

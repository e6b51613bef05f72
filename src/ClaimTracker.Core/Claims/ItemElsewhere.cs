namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In other news … / Sudan: … About 8 million people have been driven from their homes", "SUDAN / … About 8,000 people
/// have fled into neighboring Chad": a newsletter, a briefs page or a curated briefing led by Gaza goes on to items on
/// other wars, each under its own section head or country label. A story led or opened in Gaza makes its bare people
/// Palestinians (<see cref="OwnPopulation"/>), but an item whose head or label opens on another country's name (and
/// names no Gaza place) is that country's story, so its people are not Gaza's. Israel's own items are left to the Gaza
/// rules (the sets read the 7 October dead "people in Israel" by other rules). A figure whose own sentence names Gaza is
/// still Gaza's. An item head may open on an attack's adjective ("Russian missile strikes Odesa as Zelenskiy hosts
/// Greek PM", Unseen73 guardian-firstthing, where "killed one woman" in Kupiansk read "Palestinian women") and be written
/// as a sentence with no closing stop, too long for a heading. Golden cases: a_briefings_items_on_other_wars_are_not_gazas,
/// a_briefings_item_headed_by_an_attack_is_elsewhere.
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
        var item = false; // the sentence stands under a head that names another country
        for (var i = 1; i < sentences.Count; i++)
        {
            // The sentence's tokens only for a paragraph's first sentence or an item's head, the two that read them: the
            // split of every sentence was 0.8 % of the extractor (branch `speed50`).
            if (sentences[i].Paragraph != sentences[i - 1].Paragraph)
            {
                labelled = Label(text, sentenceTokens.Of(i)) ? sentences[i].Paragraph : -1;
            }
            if (entries[i] == i || ItemHead(text, sentences, i))
            {
                item = NamesAnotherCountry(text, sentenceTokens.Of(i));
                elsewhere[i] = item || sentences[i].Paragraph == labelled;
                continue;
            }
            elsewhere[i] = sentences[i].Paragraph == labelled || item;
        }
        return elsewhere;
    }

    // "Russian missile strikes Odesa as Zelenskiy hosts Greek PM": a newsletter's item head written as a sentence is
    // too long and too lower-case to read as a heading, but stands alone in its paragraph with no closing punctuation.
    private static bool ItemHead(string text, List<Sentence> sentences, int i)
    {
        var paragraph = sentences[i].Paragraph;
        if (sentences[i - 1].Paragraph == paragraph || (i + 1 < sentences.Count && sentences[i + 1].Paragraph == paragraph))
        {
            return false;
        }
        var line = text.AsSpan(sentences[i].Start, sentences[i].End - sentences[i].Start).TrimEnd();
        return line.Length > 0 && line[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or ':' or ';' or ',' or ')');
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

    // How many tokens the country's name opening the line takes, or 0 when it opens on none (or on an adjective, or on
    // Gaza's or Israel's). An adjective that names an attack's side opens another war's item as the name does: "Russian
    // missile strikes Odesa as Zelenskiy hosts Greek PM" heads an item on Ukraine (AttackersAdjective), where "Indonesian
    // Hospital raided" names a place in Gaza.
    private static int OpensOnAnotherCountry(string text, List<Token> tokens) =>
        Nationality.At(text, tokens, 0) is var (named, count) && named.Country is not (Palestinian or Israeli)
        && (!text.AsSpan(tokens[0].Start, tokens[count - 1].Start + tokens[count - 1].Length - tokens[0].Start).Equals(named.Adjective, StringComparison.OrdinalIgnoreCase)
            || AttackersAdjective.At(text, tokens, 0, count))
            ? count : 0;
}

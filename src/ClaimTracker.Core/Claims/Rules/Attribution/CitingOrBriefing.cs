using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "citing X", "quoting X", "with reference to X", "X cited Y as saying", "X quoted Y as saying", "after a briefing by X", "figures from X", "data from X", "estimates by X": the
/// source behind the speaker, read forward. Golden cases: citing_officials, relay_credits_the_cited_source,
/// yonhap_agency_and_briefing, cited_as_saying, quoted_as_saying_credits_the_body_of_the_apposition,
/// reported_with_reference_to_credits_the_one_referred_to.
/// </summary>
internal sealed class CitingOrBriefing : AttributionFrame
{
    public static readonly CitingOrBriefing Frame = new();

    private static readonly WordSet SourceNouns = new("briefing", "briefed", "assessment", "estimates", "figures", "data");

    // "citing the ministry", "quoting the health ministry": the relay names the one it passes on.
    private static readonly WordSet RelayParticiples = WordLists.Set("relayParticiples");

    // "UNN reports with reference to the head of the headquarters", Ukrainian outlets' house form of "citing": the
    // phrase's next-to-last word is the cue, the name starts after the whole phrase. "referring to" is left out: it
    // also names a thing ("referring to North Korea by its official name").
    private static readonly string[][] RelayPhrases = [.. WordLists.Set("relayPhrases").Words.Select(p => p.Split(' '))];

    private CitingOrBriefing()
    {
    }

    /// <summary>The cue words this frame reads, besides the reporting verbs and count nouns.</summary>
    public static IEnumerable<string> Cues => ["cited", "quoted", .. RelayParticiples.Words, .. SourceNouns.Words, .. RelayPhrases.Select(p => p[^2])];

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var word = AttributionFinder.Word(text, tokens[cue]);
        if (CitedAsSaying(text, tokens, cue) is var asSaying and > 0)
        {
            // The one cited ends before "as saying": "… as saying that Pyongyang could send" names what was said, not who said it;
            // the comma closing an apposition ("Sergei Shoigu, the secretary of Russia's Security Council, as saying") is no part of it.
            var last = asSaying - 1;
            while (last > cue + 1 && !tokens[last].IsWord)
            {
                last--;
            }
            AttributionFinder.Add(text, tokens, cue + 1, last, AttributorCue.Citing, tokens[cue].Start, mentions, into);
            return true;
        }
        if (RelayPhraseEnd(text, tokens, cue) is var phraseEnd and > 0)
        {
            AttributionFinder.AddForward(text, tokens, phraseEnd + 1, AttributorCue.Citing, tokens[cue].Start, mentions, into);
            return true;
        }
        if (BrieferBefore(text, tokens, cue) is var briefer and >= 0)
        {
            AttributionFinder.Add(text, tokens, briefer, cue - 1, AttributorCue.Citing, tokens[cue].Start, mentions, into);
            return true;
        }
        var citing = RelayParticiples.Contains(word);
        if (!citing && !(SourceNouns.Contains(word) && cue + 1 < tokens.Count
            && (AttributionFinder.Is(text, tokens[cue + 1], "by") || AttributionFinder.Is(text, tokens[cue + 1], "from"))))
        {
            return false;
        }
        // "after a closed-door briefing by the NIS", "figures from the UN": the name starts after "by"/"from".
        AttributionFinder.AddForward(text, tokens, citing ? cue + 1 : cue + 2, AttributorCue.Citing, tokens[cue].Start, mentions, into);
        return true;
    }

    // "told reporters after an NIS briefing", "after a closed Pentagon briefing": the briefer named before the noun, a
    // capitalised name of at most three words after "after a/an" (and perhaps one lower-case word); the index of the
    // name's first word, or -1. Unseen60 dw-explainer; golden case BriefingByNameTests.
    private static int BrieferBefore(string text, List<Token> tokens, int cue)
    {
        if (!AttributionFinder.Is(text, tokens[cue], "briefing"))
        {
            return -1;
        }
        var first = cue;
        while (first > 0 && cue - first < 3 && tokens[first - 1].IsWord && char.IsUpper(text[tokens[first - 1].Start]))
        {
            first--;
        }
        var article = first - 1;
        if (first == cue || article < 1 || !tokens[article].IsWord)
        {
            return -1;
        }
        if (!(AttributionFinder.Is(text, tokens[article], "a") || AttributionFinder.Is(text, tokens[article], "an")))
        {
            article--;
        }
        return article >= 1 && (AttributionFinder.Is(text, tokens[article], "a") || AttributionFinder.Is(text, tokens[article], "an"))
            && AttributionFinder.Is(text, tokens[article - 1], "after") ? first : -1;
    }

    // The index of the relay phrase's last word when the cue is its next-to-last word in place, or -1.
    private static int RelayPhraseEnd(string text, List<Token> tokens, int cue)
    {
        foreach (var phrase in RelayPhrases)
        {
            var first = cue - (phrase.Length - 2);
            var last = first + phrase.Length - 1;
            if (first >= 0 && last < tokens.Count && PhraseAt(text, tokens, first, phrase))
            {
                return last;
            }
        }
        return -1;
    }

    // A loop, not a range and a lambda: this runs for every cue word, and the closure and iterator were allocated each time.
    private static bool PhraseAt(string text, List<Token> tokens, int first, string[] phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
        {
            if (!AttributionFinder.Is(text, tokens[first + j], phrase[j]))
            {
                return false;
            }
        }
        return true;
    }

    // "Park cited NIS director Lim Seon-woo as saying that …", "Park quoted the agency as saying": the one cited or quoted is
    // the source, as after "citing"; the lawmaker only relays it. The index of "as", or -1 (Golden cases:
    // cited_as_saying_names_no_one_after, quoted_as_saying_credits_the_agency).
    // The window reaches over a name and its apposition ("quoted Sergei Shoigu, the secretary of Russia's Security
    // Council, as saying": sixteen tokens), never past the end of a clause (golden case
    // quoted_as_saying_credits_the_body_of_the_apposition; Unseen28 business-insider-kim-another-6000-kursk).
    private const int ObjectTokens = 16;

    private static int CitedAsSaying(string text, List<Token> tokens, int i)
    {
        if (!AttributionFinder.Is(text, tokens[i], "cited") && !AttributionFinder.Is(text, tokens[i], "quoted"))
        {
            return -1;
        }
        for (var k = i + 2; k + 1 < tokens.Count && k <= i + ObjectTokens; k++)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] is '.' or ';' or ':' or '"' or '“' or '”')
            {
                return -1;
            }
            if (AttributionFinder.Is(text, tokens[k], "as") && AttributionFinder.Is(text, tokens[k + 1], "saying"))
            {
                return k;
            }
        }
        return -1;
    }
}

using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…,” said the ministry", "…, told the general": a reporting verb right after a comma, quote or dash, with no
/// apposition before it, has its speaker after it; with no name after it, the frame gives way. "told" never has its
/// speaker after it: "…,” NAME, the group's spokesman, told Reuters" names the one told. A capitalised word before the
/// comma ("… in el-Obeid, says the Sudan Doctors Network.", "… on Monday, said the UN.") is no apposition when a
/// registry body follows the verb and ends the sentence. Golden cases: said_inverted, told_names_the_one_told,
/// says_the_body_after_a_place, apposition_before_said_keeps_its_speaker.
/// </summary>
internal sealed class SaidAfterQuote : AttributionFrame
{
    public static readonly SaidAfterQuote Frame = new();

    private static readonly WordSet TellVerbs = WordLists.Set("tellVerbs");
    // "The Joint Forces, armed groups that fight alongside the army, accused the RSF of killing more than 2,000": an
    // accusation's object is the accused, never the speaker, so the verb after a closing comma does not read forward
    // (attribution.json accusationVerbs; Unseen46 channel4-el-fasher-saudi-hospital-who-appalled; golden case
    // the_accused_is_not_the_accuser).
    private static readonly WordSet AccusationVerbs = WordLists.Set("accusationVerbs");
    private static readonly WordSet Adjuncts = WordLists.Set("adjunctsAfterSaid");

    private SaidAfterQuote()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (TellVerbs.Contains(AttributionFinder.Word(text, tokens[cue])) || AccusationVerbs.Contains(AttributionFinder.Word(text, tokens[cue])))
        {
            return false;
        }
        var (verb, apposition) = SpeakerBefore.AfterAside(text, tokens, cue);
        var before = verb > 0 ? tokens[verb - 1] : default;
        if (!(verb > 0 && !before.IsWord && text[before.Start] is ',' or '”' or '"' or '’' or '—' or '–'
              && (!apposition || BodyEndsSentence(text, tokens, cue, mentions))))
        {
            return false;
        }
        if (verb + 1 < tokens.Count && tokens[verb + 1].IsWord && Adjuncts.Contains(AttributionFinder.Word(text, tokens[verb + 1])))
        {
            // "NAME, head of Ukraine's military intelligence, said on Monday that …": a time or place opens after the
            // verb, not a speaker; the one before the commas speaks (Golden case: a_named_officials_statement_is_their_bodys).
            return false;
        }
        var found = into.Count;
        AttributionFinder.AddForward(text, tokens, verb + 1, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        if (into.Count > found && AttackReported.Names(text, tokens, into[^1]))
        {
            // "…, a civilian group formed after the RSF took over the state, reported an RSF attack that killed seven":
            // the verb's object is the attack, and its actor no speaker; the body before the commas speaks.
            into.RemoveAt(into.Count - 1);
            return false;
        }
        // "NAME, a spokeswoman for the UN human rights office, told reporters": no name after the verb, so the speaker
        // is the description before it, read by SpeakerBefore (Golden case: description_ending_lower_case_before_told).
        return into.Count > found;
    }

    // "…, says the Sudan Doctors Network." — the verb's object is a registry body that closes the sentence, so the
    // capitalised word before the comma was a place or a day, not a name in apposition ("Skibitskyi, deputy chief of
    // HUR, said on Monday" has no body after the verb; "…, said Russia has lost …" has more words after it). A person
    // after the verb whose description closes the sentence counts as well: "…, said Jens Laerke, a spokesman for OCHA."
    // (Golden case: said_a_named_spokesman_after_a_day).
    private static bool BodyEndsSentence(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions)
    {
        var found = new List<Attributor>();
        AttributionFinder.AddForward(text, tokens, cue + 1, AttributorCue.Verb, tokens[cue].Start, mentions, found);
        if (found.Count == 0)
        {
            return false;
        }
        var next = tokens.FindIndex(t => t.Start >= found[^1].End);
        if (next < 0 || (!tokens[next].IsWord && text[tokens[next].Start] is '.' or '"' or '”'))
        {
            return found[^1].Source is not null;
        }
        return (found[^1].Source is not null || IsPersonsName(found[^1].Text)) && DescriptionEndsSentence(text, tokens, next);
    }

    private static readonly WordSet Articles = WordLists.Set("descriptionArticles");
    private const int MaxDescriptionTokens = 16;

    private static bool IsPersonsName(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } parts && parts.All(NameParticle.IsCapitalised);

    // ", a spokesman for the Israeli military." — a comma, an article, and no other clause before the sentence ends.
    private static bool DescriptionEndsSentence(string text, List<Token> tokens, int comma)
    {
        if (tokens[comma].IsWord || text[tokens[comma].Start] != ',' || comma + 1 >= tokens.Count || !Articles.Contains(AttributionFinder.Word(text, tokens[comma + 1])))
        {
            return false;
        }
        for (var i = comma + 2; i < tokens.Count && i <= comma + MaxDescriptionTokens; i++)
        {
            // A full stop at the end of the text or before a space; "U.N." inside the description has letters after its dots.
            if (!tokens[i].IsWord && text[tokens[i].Start] == '.' && (tokens[i].End >= text.Length || char.IsWhiteSpace(text[tokens[i].End])))
            {
                return true;
            }
            if (!tokens[i].IsWord && text[tokens[i].Start] is ';' or '"' or '“' or '”')
            {
                return false;
            }
        }
        // The sentence's tokens ran out first: the description closed it.
        return tokens.Count <= comma + MaxDescriptionTokens;
    }
}

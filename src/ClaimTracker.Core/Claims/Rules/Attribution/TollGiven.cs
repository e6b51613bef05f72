using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The State Emergency Service gave a toll of 54", "Lebanon's health ministry has raised the toll … to 20 dead": the
/// body that gives, raises or revises a toll (attribution.json tollVerbs, tollNouns) is the toll's source, read as
/// <see cref="SpeakerBefore"/> reads a speaker before a verb. "toll" alone is no verb, so without this frame the
/// sentence had no speaker and took the one carried. A toll is kept under other nouns too ("had raised the number of
/// dead to 14", "gave an earlier figure of 208", "had earlier given a toll of 64": the number, figure, tally, after an
/// earlier/initial/preliminary, tollLeadWords); before, such a sentence took the speaker carried from the sentence
/// before (a governor quoted, "Israel said") or none (Unseen17 ap-nabatieh-municipality-strike, Unseen16
/// reuters-gaza-mawasi-strike). Golden cases: a_body_that_gives_the_toll_speaks, a_body_that_raises_the_number_speaks.
/// </summary>
internal sealed class TollGiven : AttributionFrame
{
    public static readonly TollGiven Frame = new();

    internal static readonly WordSet Nouns = WordLists.Set("tollNouns");
    private static readonly WordSet Verbs = WordLists.Set("tollVerbs");
    // What may stand between the verb and the noun: "a toll", "the death toll", "its own casualty toll", "an earlier figure".
    private static readonly WordSet Between = WordLists.Set("tollLeadWords");

    private TollGiven()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!Nouns.Contains(AttributionFinder.Word(text, tokens[cue])))
        {
            return false;
        }
        var k = cue - 1;
        while (k > 0 && k >= cue - 3 && tokens[k].IsWord && Between.Contains(AttributionFinder.Word(text, tokens[k])))
        {
            k--;
        }
        if (k == cue - 1 || k < 1 || !tokens[k].IsWord || !Verbs.Contains(AttributionFinder.Word(text, tokens[k])))
        {
            return false;
        }
        // "The Sudan Doctors Network, a medical group, earlier put the toll at": a long aside before the verb;
        // "a statement from the ministry had put the number at": the author, not the statement.
        return RegisteredBodyBeforeAside.Frame.Read(text, tokens, k, mentions, into) || StatementFromBody.Frame.Read(text, tokens, k, mentions, into)
            || SpeakerBefore.Frame.Read(text, tokens, k, mentions, into);
    }
}

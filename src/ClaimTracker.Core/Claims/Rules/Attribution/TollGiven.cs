using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The State Emergency Service gave a toll of 54", "Lebanon's health ministry has raised the toll … to 20 dead": the
/// body that gives, raises or revises a toll (attribution.json tollVerbs, tollNouns) is the toll's source, read as
/// <see cref="SpeakerBefore"/> reads a speaker before a verb. "toll" alone is no verb, so without this frame the
/// sentence had no speaker and took the one carried. Golden case: a_body_that_gives_the_toll_speaks.
/// </summary>
internal sealed class TollGiven : AttributionFrame
{
    public static readonly TollGiven Frame = new();

    internal static readonly WordSet Nouns = WordLists.Set("tollNouns");
    private static readonly WordSet Verbs = WordLists.Set("tollVerbs");
    // What may stand between the verb and the noun: "a toll", "the death toll", "its own casualty toll".
    private static readonly WordSet Between = new("a", "the", "its", "their", "own", "death", "casualty", "overall", "latest");

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
        return SpeakerBefore.Frame.Read(text, tokens, k, mentions, into);
    }
}

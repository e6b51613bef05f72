using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "An earlier statement from the ministry had put the number of dead at 14", "a bulletin by the ministry said": the
/// body after "from", "by" or "of" a statement noun speaks, and "the ministry" there points back like any "the
/// ministry" (the ministry the story gives). Read as one name, "statement from the ministry" pointed nowhere and the
/// figure had no speaker (Unseen31 dailystar-almat 14, Unseen32 bbc-barja 14). Words as data (attribution.json
/// authoredStatements, statementAuthorWords). Golden case: statement_from_the_ministry_put_the_number.
/// </summary>
internal sealed class StatementFromBody : AttributionFrame
{
    public static readonly StatementFromBody Frame = new();

    private static readonly WordSet Statements = WordLists.Set("authoredStatements");
    private static readonly WordSet AuthorWords = WordLists.Set("statementAuthorWords");
    // "from Lebanon's health ministry": the author's words between the author word and the verb.
    private const int MaxAuthor = 6;

    private StatementFromBody()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var last = AdverbsBeforeVerb.Before(text, tokens, cue);
        for (var a = last - 1; a >= 1 && last - a <= MaxAuthor; a--)
        {
            if (!tokens[a].IsWord && text[tokens[a].Start] is not ('’' or '\''))
            {
                return false;
            }
            if (AuthorWords.Contains(AttributionFinder.Word(text, tokens[a])) && tokens[a - 1].IsWord
                && Statements.Contains(AttributionFinder.Word(text, tokens[a - 1])))
            {
                AttributionFinder.Add(text, tokens, a + 1, last, AttributorCue.Verb, tokens[cue].Start, mentions, into);
                return true;
            }
        }
        return false;
    }
}

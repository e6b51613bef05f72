using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "three people were killed …, the ministry of public health said": "the ministry of" and a portfolio in lower case
/// before the verb is "the health ministry" said the other way round (<see cref="MinistryOfPortfolio"/>), and points back
/// the same way (the ministry named before, the story's country). <see cref="SpeakerBefore"/> stops at a lower-case last
/// word that ends no registry name, so such a sentence had no speaker (Unseen31 aawsat-younine 3, 17). Golden case:
/// ministry_of_public_health_in_lower_case.
/// </summary>
internal sealed class MinistryOfPortfolioSpeaks : AttributionFrame
{
    public static readonly MinistryOfPortfolioSpeaks Frame = new();

    // "the ministry of public health": the article, the ministry, "of" and at most two portfolio words.
    private const int MaxWords = 5;

    private MinistryOfPortfolioSpeaks()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var last = AdverbsBeforeVerb.Before(text, tokens, cue);
        if (last < 3 || !tokens[last].IsWord || char.IsUpper(text[tokens[last].Start]))
        {
            return false;
        }
        for (var first = last - 3; first >= 0 && last - first < MaxWords; first--)
        {
            if (MinistryOfPortfolio.Plain(text, tokens, first, last) is not null)
            {
                AttributionFinder.Add(text, tokens, first, last, AttributorCue.Verb, tokens[cue].Start, mentions, into);
                return true;
            }
        }
        return false;
    }
}

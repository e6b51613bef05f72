using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli strikes killed at least 31 people, the territory's health ministry said, in an attack that Israel said
/// targeted a commander. It said 70 others were wounded": of the bodies that speak in a sentence, the one that gave its
/// figures is the sentence's speaker, so "it" in the next sentence continues that body, not the last one with a verb
/// (Israel, whose words hold no figure). A sentence whose figures no frame of its own credited leaves "it" to the
/// other rules (<see cref="BodyPronoun"/>). Golden case: it_continues_the_body_that_gave_the_figures.
/// </summary>
internal sealed class FigureAuthor
{
    private int sentence = -1;
    private SourceDefinition? body;

    /// <summary>Remembers the body the drafts <paramref name="first"/>..<paramref name="end"/> of sentence <paramref name="si"/> were credited to by their own frame.</summary>
    public void Learn(int si, List<ClaimDraft> drafts, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (drafts[k].Attribution == Attribution.Extracted && drafts[k].Source is { } source && BodyPronoun.IsBody(source))
            {
                sentence = si;
                body = source;
                return;
            }
        }
    }

    /// <summary>The body that gave the figures of the sentence right before <paramref name="si"/>, or null.</summary>
    public SourceDefinition? Before(int si) => sentence == si - 1 ? body : null;
}

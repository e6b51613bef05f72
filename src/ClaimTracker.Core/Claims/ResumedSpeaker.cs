using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A strike on April 1 killed two civilians, he said. ¶ Two days later, strikes destroyed a clinic. ¶ Strikes on towns
/// in the south then killed at least six people, he added": a spokesperson's briefing told paragraph by paragraph, with
/// one frameless sentence of the writer's between. "He" or "she" after such a sentence resumes the person who spoke
/// last, up to <see cref="Gap"/> speakerless sentences back; before, the empty sentence before it left the pronoun
/// nobody's. Only a person resumes (a name, a title, a pronoun that stood for one), never a body ("the office said"),
/// which "he" cannot stand for (<see cref="PersonalPronounSpeaker"/>), and never across a heading. Unseen61
/// lbci-reuters-ohchr-civilians-since-ceasefire; golden cases: he_added_after_an_aside_resumes_the_spokesperson,
/// she_added_after_an_aside_resumes_the_spokesperson, he_after_a_body_and_an_aside_is_nobody (branch source96).
/// </summary>
internal sealed class ResumedSpeaker(List<Sentence> sentences)
{
    private const int Gap = 2;
    private int sentence = -1;
    private SourceDefinition? person;

    /// <summary>Sentence <paramref name="si"/>'s attributors are resolved: remembers its person speaker, if it had any attributor.</summary>
    public void Heard(int si, List<Attributor>? own)
    {
        if (own is not { Count: > 0 })
        {
            return;
        }
        sentence = si;
        person = PersonalPronounSpeaker.Last(own) is { } last && PersonalPronounSpeaker.LastFits(last) ? last.Source : null;
    }

    /// <summary>The person "he" or "she" in sentence <paramref name="si"/> resumes over speakerless sentences, or null.</summary>
    public SourceDefinition? Find(string pronoun, int si)
    {
        if (!PersonalPronounSpeaker.IsPersonal(pronoun) || person is null || sentence < si - 1 - Gap || sentence >= si - 1)
        {
            return null;
        }
        for (var k = sentence + 1; k < si; k++)
        {
            if (sentences[k].IsHeading || sentences[k].IsFurniture)
            {
                return null;
            }
        }
        return person;
    }
}

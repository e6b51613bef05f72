namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The health ministry says more than 42,000 Palestinians have been killed … in Gaza since the war began, when Hamas-led
/// gunmen attacked southern Israel, killing about 1,200 people and taking 251 others hostage": the "when"-clause is the
/// writer's background of the war, not the speaker's count. The speaker fronted before the attack (its mention ends
/// before the attack verb) speaks for the main clause only; the victims of an attack on another country
/// (<see cref="AttackedCountrysVictims"/>) are credited to nobody unless the speaker is that country's own (Israel's
/// count of its dead). Done before the people are given, so the speaker's side no longer lends them its nation. A
/// trailing frame ("…, killing 1,200 people, according to Israeli tallies") is left alone. Wire background of Gaza
/// tolls (BBC, AFP, AP, Xinhua; Unseen60 bbc-deir-al-balah). Golden cases: the_background_attack_is_not_the_ministrys,
/// control the_attacked_countrys_own_count_keeps_its_speaker.
/// </summary>
internal static class BackgroundAttacksVictims
{
    /// <summary>Takes the fronted speaker off counts of another country's attack victims in its sentence.</summary>
    public static void Uncredit(string text, List<Sentence> sentences, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        foreach (var draft in drafts)
        {
            // Cheap gate: a credited count with the speaker's words before it in its own sentence.
            if (draft.Source is not { Country: { } speakers } || draft.SourceMention is not { Length: > 0 } words)
            {
                continue;
            }
            var sentence = sentences[draft.Sentence];
            var said = text.IndexOf(words, sentence.Start, draft.Number.Start - sentence.Start, StringComparison.Ordinal);
            if (said < 0)
            {
                continue;
            }
            var (attacked, verb) = AttackedCountrysVictims.Find(text, sentenceTokens.Of(draft.Sentence), draft);
            if (attacked is not null && attacked != speakers && said + words.Length <= verb)
            {
                draft.Source = null;
                draft.SourceMention = null;
                draft.Attribution = Attribution.None;
            }
        }
    }
}

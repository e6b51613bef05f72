namespace ClaimTracker.Core.Claims;

/// <summary>
/// Carries the article's established population to unqualified counts of soldiers: in a story about North Korean
/// troops, "around 3,000 were combat engineers" and "20 soldiers are missing" count North Koreans too. Only
/// when the count's own sentence names no other people or country ("In neighbouring Mali, the army said seven
/// soldiers…" starts another population; "of the 11,000 troops sent by Pyongyang, 3,500 had become casualties" does
/// not), and only from a military count a few paragraphs back. Then a figure repeated with "the" takes the people of
/// the count that first gave it (<see cref="DefiniteRepeat"/>), and a count in apposition to the noun of a count the
/// sentence before made shares its fate (<see cref="ApposedCount"/>).
/// When every army counted so far is the same one (a story about one side's losses), its population reaches further,
/// to a background sentence late in the story: "The three earlier attacks killed at least 49 soldiers" in a report on
/// Ukrainian recruits killed at a training ground (Unseen28 euronews-chernihiv-training-centre-strike). Golden case:
/// one_armys_story_carries_its_soldiers. So are "people" the army sends or loses (<see cref="ArmysPeople"/>).
/// </summary>
internal static class EstablishedPopulation
{
    private const int ParagraphsBack = 3;

    // A story that has counted one army only: its background sentences come up to eight paragraphs after the lede.
    private const int OneArmyParagraphsBack = 8;

    // Peacekeepers or mercenaries in a story about an army are another population, not that army's soldiers.
    private static readonly WordSet DistinctForces = WordLists.Set("distinctForces");

    public static void Carry(string text, List<Sentence> sentences, List<Attributor>?[] attributors, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        ClaimDraft? established = null;
        var checkedSentence = -1;
        var checkedEnd = -1;
        var namesAPeople = false;
        var oneArmy = true;
        foreach (var draft in drafts)
        {
            if (draft.Military && draft.Nationalities.Count > 0)
            {
                // "Israeli troops killed three Palestinian gunmen … He said two soldiers were lightly wounded": a count of
                // irregulars ("fighters") does not say whose soldiers the story's later counts are; a state's army's do
                // (golden case: gunmen_killed_do_not_own_the_soldiers_wounded).
                if (draft.Noun == "troops")
                {
                    oneArmy &= established is null || established.Nationalities.SequenceEqual(draft.Nationalities);
                    established = draft;
                }
                continue;
            }
            // "they have lost 4,100 people", "another 2,000 people to come": the army's people (ArmysPeople).
            var armysPeople = established is not null && draft.Nationalities.Count == 0 && ArmysPeople.Are(text, sentenceTokens.Of(draft.Sentence), draft);
            if ((!armysPeople && (!draft.Military || draft.Noun != "troops" || draft.Nationalities.Count > 0 || draft.AsideOf is not null
                || (draft.NounWord is { } word && DistinctForces.Contains(word)))) || established is null
                || sentences[draft.Sentence].Paragraph - sentences[established.Sentence].Paragraph > (oneArmy ? OneArmyParagraphsBack : ParagraphsBack))
            {
                continue;
            }
            if (checkedSentence != draft.Sentence || checkedEnd != draft.Number.End)
            {
                checkedSentence = draft.Sentence;
                checkedEnd = draft.Number.End;
                namesAPeople = NamesAPeople(text, sentenceTokens.Of(draft.Sentence), established.Nationalities, draft.Number, attributors[draft.Sentence]);
            }
            if (!namesAPeople)
            {
                draft.Nationalities = established.Nationalities;
                draft.Noun = established.Noun; // the army's "people" are its troops
                // The story goes on counting the same people: "15,000 troops in two waves" five paragraphs after the
                // lede still counts them when every count between did (Unseen10 yonhap-nis-third-dispatch).
                established = armysPeople ? established : draft;
            }
        }
        DefiniteRepeat.Carry(text, drafts);
        // "The families, about 14,900 people, …": a count restating the sentence before's people shares their fate.
        ApposedCount.Carry(text, sentences, drafts);
        // "between 60,000 and 80,000 households, or up to 400,000 people, had been displaced": the same in another unit.
        ApposedInAnotherUnit.Carry(text, drafts);
    }

    // "the North could deploy up to 5,000 more combat troops if Russia launches a new offensive": a condition after the
    // count names who sets it off, not whose troops they are (golden case: condition_after_the_count_keeps_the_population).
    private static readonly WordSet Conditions = WordLists.Set("conditions");

    private static bool NamesAPeople(string text, List<Token> tokens, IReadOnlyList<string> established, Numbers.NumberMention count,
        List<Attributor>? attributors)
    {
        var countEnd = count.End;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= countEnd && tokens[i].IsWord && Conditions.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return false;
            }
            // "Israel says more than 70 soldiers … have been killed on its side": the speaker who only estimates a count
            // still names whose side it is (PronounsSide).
            if (PronounsSide.At(text, tokens, i) is { } side && !established.Contains(side.Adjective))
            {
                return true;
            }
            // "had sent a total of 14,000 troops to Russia", "arrived in Russia": where the counted go or are is not another
            // people, nor the captors of "captured by Ukrainian forces" (PlaceOfTheCounted) or "Ukrainian forces captured
            // two soldiers" (CaptorBeforeTheCount), nor the speaker who
            // estimates them ("Washington puts the force at 11,000 troops": SpeakersCountry).
            // Nor a place named by its adjective ("thrown at Ukrainian positions"), an attack's side ("Ukrainian drone
            // attacks") or where a body sits ("the Britain-based monitor"): Unseen6 yonhap-nis-losses.
            if (Nationality.At(text, tokens, i) is { } named && !established.Contains(named.Nationality.Adjective) && !PlaceOfTheCounted.At(text, tokens, i)
                && (!SpeakersCountry.At(attributors, tokens[i].Start, count.Start) || AdmittedLoss.After(text, tokens, i + named.Tokens))
                && !NamedAsPlace.BeforeAFacility(text, tokens, i + named.Tokens) && !AttackersAdjective.At(text, tokens, i, named.Tokens) && !BasedIn.At(text, tokens, i, named.Tokens)
                && !Belligerents.At(text, tokens, i) && !CaptorBeforeTheCount.At(text, tokens, i, named.Tokens, count.Start))
            {
                return true;
            }
        }
        return false;
    }
}

using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>One claim per figure per article when repeats are merged: the body's restatements are one claim; a headline's
/// figure, the outlet's summary, stays a claim of its own, listed first as annotators list it.</summary>
public sealed class RepeatedClaimTests
{
    internal const string Article = """
        Israeli strikes kill 31 in Lebanon as ceasefire talks stall

        BEIRUT (AP) — Israeli airstrikes on villages in southern Lebanon killed 31 people on Wednesday, Lebanon's Health Ministry said.

        Hezbollah said 31 people were killed in a separate strike on Tyre on Thursday.
        """;

    [Fact]
    public void A_headline_repeating_the_body_stays_a_claim_of_its_own_before_the_body_claim()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Article).Where(c => c.Value == 31).ToList();

        Assert.StartsWith("Israeli strikes kill 31", claims[0].Quote, StringComparison.Ordinal);
        Assert.Equal("31", Article[claims[0].Start..claims[0].End]);
        var ministry = Assert.Single(claims, c => c.Source == "Lebanese Health Ministry" && c.Quote.StartsWith("BEIRUT (AP)", StringComparison.Ordinal));
        Assert.Empty(ministry.Mentions);
    }

    [Fact]
    public void The_same_figure_from_another_source_stays_a_claim_of_its_own()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Article).Where(c => c.Value == 31).ToList();

        Assert.Equal(3, claims.Count);
        Assert.Empty(Assert.Single(claims, c => c.Source == "Hezbollah").Mentions);
    }

    // A headline that says whose people the figure counts keeps them on its own claim.
    [Fact]
    public void A_headline_naming_the_people_keeps_them_on_its_own_claim()
    {
        const string missing = """
            Some 27,000 Ukrainians listed as missing, ombudsman says

            Around 27,000 people, soldiers and civilians alike, are listed as missing in Ukraine, the ombudsman said on Tuesday.
            """;

        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(missing).Where(c => c.Value == 27000).ToList();

        Assert.Equal(2, claims.Count);
        Assert.StartsWith("Some 27,000 Ukrainians", claims[0].Quote, StringComparison.Ordinal);
        Assert.Equal("Ukrainian people", claims[0].Subject);
        Assert.StartsWith("Around 27,000", claims[1].Quote, StringComparison.Ordinal);
        Assert.All(claims, c => Assert.Empty(c.Mentions));
    }

    // RepeatedClaims.Merge: a breakdown may give one figure twice, for two places.
    [Fact]
    public void The_same_figure_twice_in_one_sentence_is_two_claims()
    {
        const string breakdown = """
            Civil defence recovers bodies

            "Our teams recovered 15 bodies from Meis al-Jabal, four from Markaba and four from Kfarkila," the agency said.

            The agency said its teams had recovered four bodies from Markaba.
            """;

        var fours = new ClaimExtractor { MergeRepeats = true }.Extract(breakdown).Where(c => c.Value == 4).ToList();

        Assert.Equal(2, fours.Count);
        Assert.Single(fours, c => c.Mentions.Count == 1);
    }

    [Fact]
    public void Without_merging_every_statement_is_a_claim()
    {
        var claims = new ClaimExtractor().Extract(Article).Where(c => c.Value == 31).ToList();

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Empty(c.Mentions));
    }

    private const string Restated = """
        North Korea sends 11,000 troops to Russia

        Ukrainian intelligence said on Monday that about 11,000 North Korean soldiers are already stationed in Russia's Kursk region.

        Vadym Skibitskyi, deputy chief of the Defense Intelligence, told reporters that about 11,000 North Korean soldiers are stationed there.

        Seoul's spy agency said 2,000 North Korean soldiers had been sent since August. At present, 2,000 North Korean soldiers are near the border, the agency said.

        A further 3,000 North Korean soldiers will follow, the agency said. The 3,000 North Korean soldiers will follow in December, it said.
        """;

    [Fact]
    public void A_headline_without_the_qualifier_of_the_body_is_a_claim_of_its_own()
    {
        // Seed gold: "Sends 11,000 Troops" (headline) and "about 11,000 … stationed" are two rows.
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Restated).Where(c => c.Value == 11000).ToList();

        Assert.Single(claims, c => c.Qualifier == Qualifier.Exact);
    }

    [Fact]
    public void Another_named_speaker_repeating_the_figure_is_a_claim_of_its_own()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Restated).Where(c => c.Value == 11000 && c.Qualifier == Qualifier.Approximately).ToList();

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Empty(c.Mentions));
    }

    [Fact]
    public void The_figure_at_another_date_is_a_claim_of_its_own_and_an_undated_repeat_is_a_mention()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Restated).ToList();

        Assert.Equal(2, claims.Count(c => c.Value == 2000));
        var further = Assert.Single(claims, c => c.Value == 3000);
        Assert.StartsWith("The 3,000", Assert.Single(further.Mentions).Quote, StringComparison.Ordinal);
    }

    // A headline drops the body's hedge or rounds its figure down: still its own claim, with its own qualifier.
    internal const string Shelling = """
        Shelling of Kupiansk kills 4, wounds 11

        KUPIANSK — At least four people were killed and 11 wounded when Russian shells hit the town centre on Monday, the regional governor said.

        Donetsk toll tops 1,200 in a month

        In Donetsk region, 1,206 civilians were killed in October, regional officials said.

        Kharkiv toll tops 900

        In Kharkiv region, 960 civilians were killed this year, officials said.
        """;

    [Fact]
    public void A_headline_toll_without_the_bodys_hedge_is_a_claim_of_its_own()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Shelling);

        var killed = Assert.Single(claims, c => c.Qualifier == Qualifier.AtLeast && (c.Low == 4 || c.Value == 4));
        Assert.Empty(killed.Mentions);
        var headline = Assert.Single(claims, c => c.Qualifier == Qualifier.Exact && c.Value == 4);
        Assert.StartsWith("Shelling of Kupiansk", headline.Quote, StringComparison.Ordinal);
        Assert.Equal(2, claims.Count(c => c.Value == 11));
    }

    [Fact]
    public void A_headline_toll_rounding_the_body_figure_down_is_a_claim_of_its_own()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(Shelling);

        Assert.Empty(Assert.Single(claims, c => c.Value == 1206).Mentions);
        Assert.StartsWith("Donetsk toll tops", Assert.Single(claims, c => c.Low == 1200).Quote, StringComparison.Ordinal);
        // 960 is no rounding of "tops 900": two figures.
        Assert.Single(claims, c => c.Low == 900);
        Assert.Empty(Assert.Single(claims, c => c.Value == 960).Mentions);
    }
    // OtherGroup: "N other(s)" names a group distinct from one counted before.
    private const string OtherGroups = """
        Five people were wounded in Odesa, the governor said.

        Five others were wounded in Mykolaiv, the governor said.
        """;

    internal const string OtherReporters = """
        Israeli strike on media tent kills reporter, wounds six journalists

        The strike set fire to a tent, killing a reporter and another man. Six other reporters were hurt in that strike.
        """;

    [Fact]
    public void A_count_of_others_is_no_repeat_of_the_same_figure_before_it()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(OtherGroups).Where(c => c.Value == 5).ToList();

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Empty(c.Mentions));
    }

    [Fact]
    public void A_headline_and_a_body_count_of_other_reporters_are_two_claims_in_text_order()
    {
        var claims = new ClaimExtractor { MergeRepeats = true }.Extract(OtherReporters).Where(c => c.Value == 6).ToList();

        Assert.Equal(2, claims.Count);
        Assert.StartsWith("Israeli strike on media tent", claims[0].Quote, StringComparison.Ordinal);
        Assert.StartsWith("Six other reporters", claims[1].Quote, StringComparison.Ordinal);
    }
}

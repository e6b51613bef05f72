using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Sources;

/// <summary>
/// The bodies that report conflict figures, as reporting names them (phrasings met in wire, broadcaster and UN reports,
/// written here in our own words): each resolves to one registry source.
/// </summary>
public sealed class RegistryExtensionTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.Default;

    [Theory]
    [InlineData("Ukraine's air force spokesperson Yuriy Ihnat", "Ukrainian Air Force")]
    [InlineData("the Ukrainian Air Force", "Ukrainian Air Force")]
    [InlineData("Israel's Health Ministry", "Israeli Health Ministry")]
    [InlineData("Magen David Adom", "Magen David Adom")]
    [InlineData("Ukraine's Health Ministry", "Ukrainian Health Ministry")]
    [InlineData("Russia's Health Ministry", "Russian Health Ministry")]
    [InlineData("Russia's Federal Security Service", "Russian Security Service")]
    [InlineData("the Security Service of Ukraine", "SBU")]
    [InlineData("the Palestine Red Crescent Society", "Palestine Red Crescent")]
    [InlineData("the Sudan Doctors Union", "Sudanese Doctors Union")]
    [InlineData("Emergency Lawyers", "Emergency Lawyers")]
    [InlineData("UNIFIL spokesman Andrea Tenenti", "UNIFIL")]
    [InlineData("the UN peacekeeping mission in Congo, MONUSCO", "MONUSCO")]
    [InlineData("UNMISS", "UN Mission in South Sudan")]
    [InlineData("the monitoring group Airwars", "Airwars")]
    [InlineData("the OSCE", "OSCE")]
    [InlineData("UN relief chief Tom Fletcher", "OCHA")]
    [InlineData("OCHA spokesman Jens Laerke", "OCHA")]
    [InlineData("UN human rights chief Volker Türk", "UN")]
    [InlineData("UNICEF spokesperson James Elder", "UNICEF")]
    [InlineData("Juliette Touma, UNRWA's communications director", "UNRWA")]
    [InlineData("the UN agency for Palestinian refugees", "UNRWA")]
    [InlineData("WHO spokesperson Tarik Jasarevic", "WHO")]
    [InlineData("UNHCR spokesperson Olga Sarrado", "UNHCR")]
    [InlineData("the International Red Cross", "ICRC")]
    [InlineData("IDF spokesman Nadav Shoshani", "IDF")]
    [InlineData("Hamas' armed wing", "Hamas")]
    [InlineData("the Ezzedine al-Qassam Brigades", "Hamas")]
    [InlineData("Hezbollah's armed wing", "Hezbollah")]
    [InlineData("Sudan's armed forces", "Sudanese army")]
    [InlineData("the Sudanese paramilitary Rapid Support Forces", "RSF")]
    [InlineData("M23 military spokesman Willy Ngoma", "M23")]
    [InlineData("Myanmar's military regime", "Myanmar military")]
    [InlineData("Gaza health ministry spokesman Khalil al-Deqran", "Gaza Health Ministry")]
    [InlineData("Sudan's Ministry of Foreign Affairs", "Sudanese foreign ministry")]
    [InlineData("the Ministry of Foreign Affairs in Port Sudan", "Sudanese foreign ministry")]
    [InlineData("Sudan's army-backed government", "Sudanese government")]
    public void Conflict_reporting_bodies_resolve_to_their_source(string mention, string expected) =>
        Assert.Equal(expected, Registry.Resolve(mention)?.Name);

    [Fact]
    public void The_Palestine_Red_Crescent_is_no_longer_taken_for_the_ICRC() =>
        Assert.DoesNotContain("Palestine Red Crescent Society", Registry.Find("ICRC")!.Aliases);
}

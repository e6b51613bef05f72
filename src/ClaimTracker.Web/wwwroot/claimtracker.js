// Small browser helpers the Blazor pages call through JS interop.
window.claimTracker = {
    // Brings a claim's highlighted number into view (links from the comparison carry #claim-{id}).
    scrollToId: function (id) {
        const element = document.getElementById(id);
        if (element) {
            element.scrollIntoView({ block: "center", behavior: "auto" });
            return true;
        }
        return false;
    }
};

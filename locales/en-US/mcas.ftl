### "Security and compliance" tab of older pages (zone pivot "mcas"): the Microsoft Cloud App Security catalog, in page order.
### Reference locale (en-US).
### The first sentence of the tab is intro-security (security.ftl), the same sentence as on the "Security" tab of current pages.

# "title" attribute of the frame that shows the app's Microsoft Cloud App Security catalog entry. "Microsoft Cloud App Security" is a product name and is not translated.
mcas-iframe-title = Microsoft Cloud App Security information

# Text of the link that opens the catalog entry in a new browser tab. The link target is data.
mcas-view-in-new-tab = View in a new tab

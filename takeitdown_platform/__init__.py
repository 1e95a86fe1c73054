"""Take It Down's list for python-threatexchange and HMA: an exchange and two signal types.

A platform enables it with ``threatexchange config extensions add takeitdown_platform``
(docs/PLATFORMS.md). ``TX_MANIFEST`` is what pytx loads:

- ``TakeItDownSignalExchangeAPI`` (``takeitdown``): fetches the list, with checkpoints and
  deletions (``exchange.py``, over ``feed.py``);
- ``photo_md5``: the exact file digest of a photo (pytx has no such type);
- ``pdq_inner``: matches the photo inside an upload, through app chrome and caption bands
  (``inner.py``).

This package needs threatexchange and the shared protocol package, never the desktop app or
the intake service.
"""

from threatexchange.extensions.manifest import ThreatExchangeExtensionManifest

from takeitdown_platform.exchange import TakeItDownSignalExchangeAPI
from takeitdown_platform.inner import PdqInnerSignal
from takeitdown_platform.signals import PhotoMD5Signal
from takeitdown_platform.version import __version__

TX_MANIFEST = ThreatExchangeExtensionManifest(
    signal_types=(PhotoMD5Signal, PdqInnerSignal),
    apis=(TakeItDownSignalExchangeAPI,),
)

__all__ = ["TX_MANIFEST", "__version__"]

// Auto-scroll for the live log: follows the newest line until the user scrolls up, and again once they scroll back down.
const nearEnd = (element) => element.scrollHeight - element.scrollTop - element.clientHeight < 24;
const handlers = new WeakMap();

export function attach(element, dotnet) {
    if (!element) { return; }
    let following = true;
    const onScroll = () => {
        const now = nearEnd(element);
        if (now !== following) {
            following = now;
            dotnet.invokeMethodAsync('SetFollowAsync', now);
        }
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    handlers.set(element, onScroll);
}

export function scrollToEnd(element) {
    if (element) { element.scrollTop = element.scrollHeight; }
}

export function detach(element) {
    const onScroll = element && handlers.get(element);
    if (onScroll) { element.removeEventListener('scroll', onScroll); handlers.delete(element); }
}

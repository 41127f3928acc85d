package khodyar.bot.simulator;

import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.telegram.standin.SentMessage;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The small JSON surface the simulator's page talks to. */
@RestController
@RequestMapping("/sim/api")
@Conditional(SimulatorMode.class)
class SimulatorApi {

    private static final String PAGE_KEYS = "simulator.page.";

    private final SimulatorPeople people;
    private final SimulatorChats chats;
    private final SimulatorEvents events;
    private final DemoGroup demo;
    private final Messages messages;

    SimulatorApi(SimulatorPeople people, SimulatorChats chats, SimulatorEvents events, DemoGroup demo,
                 Messages messages) {
        this.people = people;
        this.chats = chats;
        this.events = events;
        this.demo = demo;
        this.messages = messages;
    }

    record Setup(String botUsername, long adminId, String lang, Map<String, String> texts) {
    }

    record NewPerson(String name) {
    }

    record Typed(String text) {
    }

    record Press(long messageId, String data) {
    }

    record Sent(long updateId) {
    }

    record Forward(long fromPersonId, String text) {
    }

    /** The bot's name for deep links, who the admin is, and the page's words in its language. */
    @GetMapping("/setup")
    Setup setup(@RequestParam(defaultValue = "fa") String lang) {
        Lang language = Lang.of(lang);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : messages.keys(language)) {
            if (key.startsWith(PAGE_KEYS) || key.startsWith("simulator.demo.step.")
                    || key.startsWith("simulator.demo.status.")) {
                texts.put(key, messages.get(language, key));
            }
        }
        return new Setup(chats.standIn().botUsername(), SimulatorPeople.ADMIN_ID, language.code(), texts);
    }

    @GetMapping("/people")
    List<SimPerson> people() {
        return people.all();
    }

    @PostMapping("/people")
    ResponseEntity<SimPerson> add(@RequestBody NewPerson request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a person needs a name");
        }
        SimPerson person = people.add(request.name(), false);
        events.peopleChanged();
        return ResponseEntity.status(HttpStatus.CREATED).body(person);
    }

    @GetMapping("/chats/{personId}")
    ChatViews.Chat chat(@PathVariable long personId) {
        person(personId);
        return chats.chatOf(personId);
    }

    @PostMapping("/chats/{personId}/messages")
    Sent say(@PathVariable long personId, @RequestBody Typed typed) {
        if (typed.text() == null || typed.text().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "nothing to send");
        }
        return new Sent(chats.say(person(personId), typed.text().strip()));
    }

    @PostMapping("/chats/{personId}/contact")
    Sent shareContact(@PathVariable long personId) {
        return new Sent(chats.shareContact(person(personId)));
    }

    @PostMapping("/chats/{personId}/presses")
    Sent press(@PathVariable long personId, @RequestBody Press press) {
        SimPerson person = person(personId);
        try {
            return new Sent(chats.press(person, press.messageId(), press.data()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such message or button");
        }
    }

    /** Puts a message from another person's chat into this one; the bot is not involved. */
    @PostMapping("/chats/{personId}/forwarded")
    ResponseEntity<Void> forward(@PathVariable long personId, @RequestBody Forward forward) {
        if (forward.text() == null || forward.text().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "nothing to forward");
        }
        chats.forward(person(forward.fromPersonId()), person(personId), forward.text());
        return ResponseEntity.noContent().build();
    }

    /** A photo (shown in the chat) or a document (downloaded) that the bot sent. */
    @GetMapping("/files/{chatId}/{messageId}")
    ResponseEntity<byte[]> file(@PathVariable long chatId, @PathVariable long messageId) {
        SentMessage message = chats.botMessage(chatId, messageId).filter(m -> m.fileBytes() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = message.fileName() == null ? "file" : message.fileName();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(mediaTypeOf(name));
        headers.setContentDisposition((message.isPhoto() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build());
        return new ResponseEntity<>(message.fileBytes(), headers, HttpStatus.OK);
    }

    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return events.subscribe();
    }

    @GetMapping("/demo")
    DemoGroup.Run demo() {
        return demo.latest();
    }

    @PostMapping("/demo")
    ResponseEntity<DemoGroup.Run> startDemo() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(demo.start());
    }

    /** Takes the demo's people off the page (the bot keeps what they did). */
    @DeleteMapping("/demo")
    List<SimPerson> clearDemo() {
        List<SimPerson> removed = people.removeDemo();
        removed.forEach(person -> chats.forget(person.id()));
        events.peopleChanged();
        return removed;
    }

    private SimPerson person(long personId) {
        return people.find(personId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such person"));
    }

    private static MediaType mediaTypeOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return MediaType.IMAGE_PNG;
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return MediaType.IMAGE_JPEG;
        }
        if (lower.endsWith(".xlsx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (lower.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}

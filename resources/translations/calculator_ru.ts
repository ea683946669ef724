<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="34" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="35" />
        <source>Change sign</source>
        <translation>Сменить знак</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="36" />
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="37" />
        <source>Divide</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="38" />
        <source>Multiply</source>
        <translation>Умножить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="39" />
        <source>Minus</source>
        <translation>Минус</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="40" />
        <source>Plus</source>
        <translation>Плюс</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="41" />
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="42" />
        <source>Decimal point</source>
        <translation>Десятичная запятая</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="43" />
        <source>Equals</source>
        <translation>Равно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="66" />
        <source>Expression</source>
        <translation>Выражение</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="69" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="167" />
        <source>Cannot divide by zero</source>
        <translation>Деление на ноль невозможно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="168" />
        <source>Result is too large</source>
        <translation>Слишком большое число</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="81" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="87" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="90" />
        <source>Time unknown</source>
        <translation>Время неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="99" />
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="100" />
        <source>The date is approximate</source>
        <translation>Дата примерная</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="103" />
        <source>About when</source>
        <translation>Примерно когда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="104" />
        <source>e.g. the week before New Year</source>
        <translation>например, за неделю до Нового года</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="109" />
        <source>How long it lasted</source>
        <translation>Сколько это длилось</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="110" />
        <source>How long:</source>
        <translation>Сколько длилось:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="111" />
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="112" />
        <location filename="../../src/safeplan/ui/incident_editor.py" line="197" />
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="116" />
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="117" />
        <source>Add person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="119" />
        <source>Add a person to the list</source>
        <translation>Добавить человека в список</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="124" />
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="128" />
        <location filename="../../src/safeplan/ui/incident_editor.py" line="129" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="130" />
        <source>Relationship</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="131" />
        <source>Relationship, e.g. husband</source>
        <translation>Кем приходится, например муж</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="132" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="134" />
        <source>Add this person</source>
        <translation>Добавить этого человека</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="151" />
        <source>What kind:</source>
        <translation>Что это было:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="162" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="163" />
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="164" />
        <source>Write it as soon as you can, in order: what led up to it, what he did, what you did, how it ended. Facts first; how you felt belongs here too.</source>
        <translation>Запишите как можно скорее и по порядку: что этому предшествовало, что он делал, что делали вы, чем всё закончилось. Сначала факты; о своих чувствах тоже можно написать.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="166" />
        <source>Exact words</source>
        <translation>Точные слова</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="167" />
        <source>Exact words said:</source>
        <translation>Точные слова:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="168" />
        <source>Write threats and insults word for word, in the language they were said.</source>
        <translation>Записывайте угрозы и оскорбления слово в слово, на том языке, на котором они прозвучали.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="169" />
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="170" />
        <source>Injuries:</source>
        <translation>Травмы:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="171" />
        <source>Photograph injuries with something for scale (a coin, a ruler) and again after two days, when bruises show more.</source>
        <translation>Сфотографируйте травмы рядом с предметом для масштаба (монета, линейка) и ещё раз через два дня, когда синяки станут заметнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="173" />
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="174" />
        <source>Witnesses:</source>
        <translation>Свидетели:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="177" />
        <source>Children were present</source>
        <translation>Дети были рядом</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="181" />
        <source>Police were contacted</source>
        <translation>Было обращение в полицию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="185" />
        <source>Police station</source>
        <translation>Отделение полиции</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="186" />
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="187" />
        <source>Report number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="188" />
        <source>Station:</source>
        <translation>Отделение:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="189" />
        <source>Officer:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="190" />
        <source>Report number:</source>
        <translation>Номер заявления:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="191" />
        <source>Medical help</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="195" />
        <source>Where treated</source>
        <translation>Где оказали помощь</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="196" />
        <source>Medical record number</source>
        <translation>Номер медицинской записи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="198" />
        <source>Record number:</source>
        <translation>Номер записи:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="201" />
        <source>How afraid you felt, 0 to 10</source>
        <translation>Насколько было страшно, от 0 до 10</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="209" />
        <source>How afraid (0–10):</source>
        <translation>Насколько страшно (0–10):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="210" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="211" />
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="212" />
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="215" />
        <source>Keep the numbers of police reports and medical records: they let a lawyer find the official papers later.</source>
        <translation>Сохраняйте номера заявлений в полицию и медицинских записей: по ним юрист потом найдёт официальные документы.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="230" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="232" />
        <source>Cancel editing</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="235" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="237" />
        <source>Save the incident</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="274" />
        <source>Not chosen</source>
        <translation>Не выбран</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="326" />
        <source>Linked evidence items: {count}</source>
        <translation>Связанных доказательств: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="377" />
        <source>The date is in the future.</source>
        <translation>Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="378" />
        <source>That is not a real date.</source>
        <translation>Такой даты не существует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="379" />
        <source>That date is too far in the past.</source>
        <translation>Эта дата слишком давняя.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="380" />
        <source>That is not a real time.</source>
        <translation>Такого времени не существует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="381" />
        <source>Please write what happened.</source>
        <translation>Пожалуйста, напишите, что произошло.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="382" />
        <source>Choose a number from 0 to 10.</source>
        <translation>Выберите число от 0 до 10.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="392" />
        <source>“{field}” is too long to keep in one entry (over 200,000 characters). Please split it into two entries.</source>
        <translation>Поле «{field}» слишком длинное для одной записи (больше 200 000 знаков). Разделите его на две записи.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="396" />
        <source>Please check the form.</source>
        <translation>Пожалуйста, проверьте форму.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="47" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="47" />
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="47" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="48" />
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="112" />
        <source>Search the journal</source>
        <translation>Поиск по дневнику</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="113" />
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="118" />
        <source>Filter by kind</source>
        <translation>Отбор по виду</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="119" />
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="125" />
        <source>Filter by person</source>
        <translation>Отбор по человеку</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="127" />
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="128" />
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="133" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="135" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="141" />
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="156" />
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="161" />
        <source>New incident</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="164" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="165" />
        <source>Open the incident</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="167" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="168" />
        <source>Show earlier versions</source>
        <translation>Показать прежние версии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="170" />
        <location filename="../../src/safeplan/ui/journal_view.py" line="350" />
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="172" />
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="173" />
        <source>Show the trash</source>
        <translation>Показать корзину</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="176" />
        <location filename="../../src/safeplan/ui/journal_view.py" line="384" />
        <source>Empty trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="178" />
        <source>Timeline</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="179" />
        <source>Show incidents per month</source>
        <translation>Показать случаи по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="190" />
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="199" />
        <source>An entry you had not saved was kept.</source>
        <translation>Несохранённая запись сохранена как черновик.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="201" />
        <source>Continue it</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="203" />
        <source>Discard it</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="213" />
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="215" />
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="253" />
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="276" />
        <source>Checking the history…</source>
        <translation>Проверяем историю…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="285" />
        <source>The journal could not be opened.</source>
        <translation>Не удалось открыть дневник.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="292" />
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="304" />
        <source>History intact: {count} changes recorded and checked.</source>
        <translation>История цела: записано и проверено изменений — {count}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="309" />
        <source>Warning: the journal's history was altered at change number {number}.</source>
        <translation>Внимание: история дневника изменена начиная с изменения № {number}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="313" />
        <source>Warning: an entry differs from its recorded history.</source>
        <translation>Внимание: запись не совпадает со своей историей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="337" />
        <source>{shown} of {total} incidents</source>
        <translation>Показано {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="340" />
        <source>Trash: {shown} of {total}</source>
        <translation>Корзина: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="343" />
        <source>{count} damaged entries could not be opened</source>
        <translation>не удалось открыть повреждённых записей: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="349" />
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="389" />
        <source>Click again to delete for good</source>
        <translation>Нажмите ещё раз, чтобы удалить навсегда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="455" />
        <source>Version {number}, saved {saved}</source>
        <translation>Версия {number}, сохранена {saved}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="456" />
        <source>Date: {date} {time}</source>
        <translation>Дата: {date} {time}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="457" />
        <source>Kinds: {kinds}</source>
        <translation>Виды: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="460" />
        <source>Exact words: {words}</source>
        <translation>Точные слова: {words}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="464" />
        <source>First recorded {when}; {count} versions.</source>
        <translation>Впервые записано {when}; версий: {count}.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="24" />
        <source>Physical</source>
        <translation>Физическое</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="25" />
        <source>Sexual</source>
        <translation>Сексуальное</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="26" />
        <source>Psychological or verbal</source>
        <translation>Психологическое или словесное</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="27" />
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="28" />
        <source>Economic</source>
        <translation>Экономическое</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="29" />
        <source>Stalking or monitoring</source>
        <translation>Преследование или слежка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="30" />
        <source>Digital</source>
        <translation>Цифровое</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="31" />
        <source>Damage to property</source>
        <translation>Порча имущества</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="32" />
        <source>Harm to children</source>
        <translation>Вред детям</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="33" />
        <source>Harm to pets</source>
        <translation>Вред животным</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="34" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/safeplan/ui/main_window.py" line="38" />
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="38" />
        <source>Digits typed</source>
        <translation>Введённые цифры</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41" />
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41" />
        <location filename="../../src/safeplan/ui/pinpad.py" line="44" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="109" />
        <source>Parts of the plan</source>
        <translation>Разделы плана</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="110" />
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="121" />
        <source>The plan could not be opened.</source>
        <translation>Не удалось открыть план.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="127" />
        <source>Checklists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="128" />
        <source>People and places</source>
        <translation>Люди и места</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="129" />
        <source>Help numbers</source>
        <translation>Куда звонить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="130" />
        <source>Print or save</source>
        <translation>Распечатать или сохранить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="141" />
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="146" />
        <source>Name of a new list</source>
        <translation>Название нового списка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="147" />
        <source>New list…</source>
        <translation>Новый список…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="156" />
        <source>Name of the list</source>
        <translation>Название списка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="160" />
        <source>Progress of the list</source>
        <translation>Выполнено по списку</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="162" />
        <source>%v of %m done</source>
        <translation>Сделано %v из %m</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="165" />
        <source>Items of the list</source>
        <translation>Пункты списка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="170" />
        <source>Note on the selected item</source>
        <translation>Заметка к выбранному пункту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="171" />
        <source>Note on the selected item (where it is, who has it)</source>
        <translation>Заметка к выбранному пункту (где лежит, у кого)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="175" />
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="176" />
        <source>Add an item and press Enter</source>
        <translation>Впишите пункт и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="178" />
        <source>Move the item up</source>
        <translation>Переместить пункт вверх</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="180" />
        <source>Move the item down</source>
        <translation>Переместить пункт вниз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="182" />
        <source>Delete item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="184" />
        <location filename="../../src/safeplan/ui/plan_view.py" line="304" />
        <source>Restore template</source>
        <translation>Вернуть исходный</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="185" />
        <source>Restore the list to its template</source>
        <translation>Вернуть список к исходному</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="187" />
        <source>Delete list</source>
        <translation>Удалить список</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="301" />
        <source>Click again to confirm</source>
        <translation>Нажмите ещё раз для подтверждения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="336" />
        <location filename="../../src/safeplan/ui/plan_view.py" line="447" />
        <source>Trusted people</source>
        <translation>Люди, которым можно доверять</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="338" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="338" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="339" />
        <source>What they know</source>
        <translation>Что они знают</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="339" />
        <source>Code word</source>
        <translation>Кодовое слово</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="342" />
        <location filename="../../src/safeplan/ui/plan_view.py" line="452" />
        <source>Safe places</source>
        <translation>Безопасные места</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="344" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="344" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="345" />
        <source>When it is open</source>
        <translation>Когда открыто</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="345" />
        <location filename="../../src/safeplan/ui/plan_view.py" line="370" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="354" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="367" />
        <source>Your own numbers</source>
        <translation>Ваши номера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="369" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="369" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="376" />
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="376" />
        <source>Other countries</source>
        <translation>Другие страны</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="392" />
        <source>Source: {title}</source>
        <translation>Источник: {title}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="397" />
        <source>published {date}</source>
        <translation>опубликовано {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="398" />
        <source>checked {date}</source>
        <translation>проверено {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="402" />
        <source>This is tied to its date and may have changed since.</source>
        <translation>Это сведения на указанную дату; с тех пор они могли измениться.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="405" />
        <source>Numbers change: check them when you can, and add your own below.</source>
        <translation>Номера меняются: проверяйте их, когда можете, и добавляйте свои ниже.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="414" />
        <source>A one-page plan: your trusted people, safe places, the emergency bag and the key numbers. A printed or saved plan is NOT protected: anyone who finds it can read it. Hide it well, or keep it with someone you trust.</source>
        <translation>План на одной странице: люди, которым можно доверять, безопасные места, тревожная сумка и главные номера. Распечатанный или сохранённый план НЕ защищён: его прочтёт любой, кто найдёт. Хорошо спрячьте его или оставьте у доверенного человека.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="429" />
        <source>Save as text…</source>
        <translation>Сохранить как текст…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="442" />
        <source>MY PLAN</source>
        <translation>МОЙ ПЛАН</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="445" />
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="449" />
        <source>code word: {word}</source>
        <translation>кодовое слово: {word}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="462" />
        <source>Key numbers</source>
        <translation>Главные номера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="467" />
        <source>Save as text</source>
        <translation>Сохранить как текст</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="471" />
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="483" />
        <source>Saved. Remember: this file is not protected.</source>
        <translation>Сохранено. Помните: этот файл не защищён.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="486" />
        <source>The plan could not be saved there (is the disk full or the folder read-only?). Nothing was written.</source>
        <translation>Не удалось сохранить план в этом месте (диск заполнен или папка только для чтения?). Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="49" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="51" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="51" />
        <source>Delete the row</source>
        <translation>Удалить строку</translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="43" />
        <source>Hiding it</source>
        <translation>Как быстро скрыть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="44" />
        <source>Press Esc or Quick exit to go back to the calculator at once: everything shown is cleared. The vault also locks by itself after a few minutes without use, when the window is minimised, and when another window stays in front (see Settings). To open it again, type your PIN and press =.</source>
        <translation>Нажмите Esc или «Быстрый выход», чтобы сразу вернуться к калькулятору: всё показанное исчезнет. Хранилище также закрывается само через несколько минут бездействия, при сворачивании окна и когда другое окно долго остаётся сверху (см. «Настройки»). Чтобы открыть его снова, наберите PIN-код и нажмите =.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="48" />
        <source>What is protected</source>
        <translation>Что защищено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="49" />
        <source>Everything you write or add is encrypted on this computer with your PIN (AES-256, Argon2id). Nothing you write is stored anywhere in readable form, and the app never uses the internet. File and folder names look like a calculator's.</source>
        <translation>Всё, что вы пишете и добавляете, шифруется на этом компьютере вашим PIN-кодом (AES-256, Argon2id). Ничего из написанного не хранится в читаемом виде, и приложение никогда не выходит в интернет. Имена файлов и папок выглядят как у калькулятора.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="53" />
        <source>What is not protected</source>
        <translation>Что не защищено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="54" />
        <source>Spying software or a keylogger on this computer can see what you type and what is on screen. Someone with full control of the computer can read the memory while the vault is open. Files you add are still where they were until you remove them, and copies may remain in backups, cloud folders and on your phone. A report you export is not protected: keep it hidden.</source>
        <translation>Шпионская программа или клавиатурный шпион на этом компьютере видят, что вы печатаете и что на экране. Человек с полным доступом к компьютеру может прочитать память, пока хранилище открыто. Добавленные файлы остаются на прежнем месте, пока вы их не удалите, а их копии могут остаться в резервных копиях, облачных папках и на телефоне. Сохранённый отчёт не защищён: прячьте его.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="59" />
        <source>If you forget your PIN</source>
        <translation>Если вы забыли PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="60" />
        <source>Type your 24-digit recovery code on the calculator and press =, then choose a new PIN. Without the PIN or the recovery code nobody can open the vault, not even us.</source>
        <translation>Наберите на калькуляторе 24-значный код восстановления и нажмите =, затем выберите новый PIN-код. Без PIN-кода или кода восстановления никто не сможет открыть хранилище — даже мы.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="60" />
        <source>You opened the vault with your recovery code. Choose a new PIN now.</source>
        <translation>Вы открыли хранилище кодом восстановления. Выберите новый PIN-код сейчас.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="85" />
        <source>Automatic lock</source>
        <translation>Автоматическая блокировка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="89" />
        <source>Lock after this long without use</source>
        <translation>Блокировать после бездействия</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="91" />
        <location filename="../../src/safeplan/ui/settings_view.py" line="98" />
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="92" />
        <location filename="../../src/safeplan/ui/settings_view.py" line="99" />
        <source>After {n} min</source>
        <translation>Через {n} мин</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="93" />
        <source>When not in use:</source>
        <translation>При бездействии:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="96" />
        <source>Lock after this long in the background</source>
        <translation>Блокировать, когда окно в фоне</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="100" />
        <source>When another window is in front:</source>
        <translation>Когда сверху другое окно:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="102" />
        <source>Lock when the window is minimised</source>
        <translation>Блокировать при сворачивании окна</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="112" />
        <location filename="../../src/safeplan/ui/settings_view.py" line="127" />
        <source>Change PIN</source>
        <translation>Сменить PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="114" />
        <source>Current PIN</source>
        <translation>Текущий PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="115" />
        <source>Current PIN:</source>
        <translation>Текущий PIN-код:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="117" />
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="118" />
        <source>New PIN (6–16 digits):</source>
        <translation>Новый PIN-код (6–16 цифр):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="119" />
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="120" />
        <source>New PIN again:</source>
        <translation>Новый PIN-код ещё раз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="137" />
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="139" />
        <source>When on, a secret in this computer's keyring is mixed into your PIN: a copy of the vault file cannot be opened elsewhere with the PIN alone (the recovery code still works anywhere). Changing this needs your PIN.</source>
        <translation>Если включено, к вашему PIN-коду добавляется секрет из хранилища ключей этого компьютера: копию файла нельзя открыть на другом компьютере одним PIN-кодом (код восстановления работает везде). Для изменения нужен PIN-код.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="145" />
        <source>Tie the vault to this computer's keyring</source>
        <translation>Привязать хранилище к ключам этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="150" />
        <source>PIN to confirm</source>
        <translation>PIN-код для подтверждения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="151" />
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="153" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="155" />
        <source>Apply keyring setting</source>
        <translation>Применить настройку привязки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="168" />
        <location filename="../../src/safeplan/ui/settings_view.py" line="171" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="172" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="225" />
        <source>A PIN is 6 to 16 digits.</source>
        <translation>PIN-код — это от 6 до 16 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="228" />
        <source>The two new PINs are different.</source>
        <translation>Два новых PIN-кода не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="231" />
        <source>Changing…</source>
        <translation>Меняем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="240" />
        <source>The current PIN is not right.</source>
        <translation>Текущий PIN-код неверен.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="242" />
        <source>Your PIN was changed.</source>
        <translation>PIN-код изменён.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="248" />
        <source>The PIN could not be changed; the old one still works.</source>
        <translation>Не удалось сменить PIN-код; старый по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="255" />
        <source>Applying…</source>
        <translation>Применяем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="268" />
        <source>That PIN is not right; nothing was changed.</source>
        <translation>PIN-код неверен; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="270" />
        <source>The vault is now tied to this computer.</source>
        <translation>Хранилище привязано к этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="272" />
        <source>The vault is no longer tied to this computer.</source>
        <translation>Хранилище больше не привязано к этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="279" />
        <source>This computer has no secure keyring.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="281" />
        <source>That did not work; nothing was changed.</source>
        <translation>Не получилось; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="64" />
        <source>A private place behind a calculator</source>
        <translation>Личное место за калькулятором</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="66" />
        <source>This app works as an ordinary calculator. Behind it is an encrypted place for a journal of what happened, photos and other evidence, and a plan for leaving safely.</source>
        <translation>Это приложение работает как обычный калькулятор. За ним — зашифрованное место для дневника о том, что произошло, фотографий и других доказательств и плана безопасного ухода.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="70" />
        <source>To open it, type your PIN on the calculator and press =. Anyone else sees only a calculator: a wrong PIN is just a sum. Press Esc at any time to hide everything at once.</source>
        <translation>Чтобы открыть его, наберите PIN-код на калькуляторе и нажмите =. Все остальные видят только калькулятор: неверный PIN-код — просто вычисление. Нажмите Esc в любой момент, чтобы сразу всё скрыть.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="74" />
        <source>This screen appears only until setup is done. If someone comes, choose "Not now": it will come back the next time you start the calculator.</source>
        <translation>Этот экран показывается, только пока настройка не завершена. Если кто-то подойдёт, нажмите «Не сейчас»: экран вернётся при следующем запуске калькулятора.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="79" />
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="81" />
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="89" />
        <source>Choose a PIN</source>
        <translation>Выберите PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="91" />
        <source>6 to 16 digits. Someone who copies the vault file can try PINs on a graphics card: a 6-digit PIN falls in under an hour, an 8-digit one in days. We recommend 10 digits or more.</source>
        <translation>От 6 до 16 цифр. Тот, кто скопирует файл хранилища, может перебирать PIN-коды на видеокарте: 6-значный PIN-код подбирается меньше чем за час, 8-значный — за несколько дней. Мы советуем 10 цифр или больше.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="102" />
        <source>Type the same PIN again</source>
        <translation>Введите тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="108" />
        <source>Tie the vault to this computer?</source>
        <translation>Привязать хранилище к этому компьютеру?</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="111" />
        <source>Keep a second secret in this computer's keyring</source>
        <translation>Хранить второй секрет в хранилище ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="118" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="124" />
        <source>Setting up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="126" />
        <source>Measuring this computer so that every PIN guess costs an attacker about a second, then creating the encrypted vault. This takes a few seconds.</source>
        <translation>Измеряем скорость компьютера, чтобы каждая попытка подобрать PIN-код стоила около секунды, затем создаём зашифрованное хранилище. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="130" />
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="137" />
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="139" />
        <source>If you forget your PIN, or this computer is lost, these 24 digits open the vault: type them on the calculator and press =. This is the only time they are shown.</source>
        <translation>Если вы забудете PIN-код или потеряете этот компьютер, эти 24 цифры откроют хранилище: наберите их на калькуляторе и нажмите =. Они показываются только один раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="147" />
        <source>Write it on paper now and keep it somewhere away from this computer, where it will not be found. Do not photograph it or save it on a phone he can see.</source>
        <translation>Запишите код на бумаге прямо сейчас и храните подальше от компьютера, там, где его не найдут. Не фотографируйте его и не сохраняйте в телефоне, который он может посмотреть.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="153" />
        <source>I have written it down</source>
        <translation>Код записан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="159" />
        <source>Check what you wrote</source>
        <translation>Проверьте запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="160" />
        <source>Type the last four digits of the recovery code.</source>
        <translation>Введите последние четыре цифры кода восстановления.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="166" />
        <source>Show the code again</source>
        <translation>Показать код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="171" />
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="173" />
        <source>From now on this app always starts as a calculator. To open your vault, type your PIN and press =. To hide it, press Esc or the Quick exit button.</source>
        <translation>Теперь приложение всегда открывается как калькулятор. Чтобы открыть хранилище, наберите PIN-код и нажмите =. Чтобы скрыть его, нажмите Esc или «Быстрый выход».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="178" />
        <source>Open the vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="201" />
        <source>Type your PIN on the keypad or the keyboard, then OK.</source>
        <translation>Наберите PIN-код на экранных кнопках или клавиатуре и нажмите ОК.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="203" />
        <source>{count} digits: at least 6 are needed.</source>
        <translation>Цифр: {count}. Нужно не меньше 6.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="205" />
        <source>{count} digits: allowed, but 10 or more is much safer.</source>
        <translation>Цифр: {count}. Можно, но 10 и больше намного надёжнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="208" />
        <source>{count} digits: good.</source>
        <translation>Цифр: {count}. Хорошо.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="215" />
        <source>A PIN needs at least 6 digits.</source>
        <translation>В PIN-коде должно быть не меньше 6 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="223" />
        <source>The two PINs were different. Choose it again.</source>
        <translation>PIN-коды не совпали. Выберите PIN-код заново.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="227" />
        <source>Recommended. A random secret is kept in this computer's keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs, however fast the attacker's hardware. Your recovery code does not use it: it still opens the vault on another computer.</source>
        <translation>Рекомендуется. Случайный секрет хранится в хранилище ключей этого компьютера и добавляется к PIN-коду, поэтому одну лишь копию файла нельзя открыть перебором PIN-кодов, какой бы быстрой ни была техника. Код восстановления его не использует и откроет хранилище на другом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="235" />
        <source>This computer has no secure keyring, so only your PIN protects the vault. Please use a PIN of 10 digits or more.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей, поэтому хранилище защищает только PIN-код. Используйте PIN-код из 10 цифр или длиннее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="262" />
        <source>The vault could not be created (is the disk full?). Nothing was saved. Please try again.</source>
        <translation>Не удалось создать хранилище (может быть, диск заполнен?). Ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="272" />
        <source>That does not match. Look at the code again.</source>
        <translation>Не совпадает. Посмотрите на код ещё раз.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="41" />
        <source>Incidents per month</source>
        <translation>Случаи по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="56" />
        <source>No incidents yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
</context>
<context>
    <name>VaultShell</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="98" />
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="106" />
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="108" />
        <source>Quick exit: hide everything now</source>
        <translation>Быстрый выход: скрыть всё сейчас</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="109" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="119" />
        <source>Journal</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="121" />
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="122" />
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="123" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
</TS>